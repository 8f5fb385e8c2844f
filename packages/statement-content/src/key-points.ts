import { sentenceAnchor } from './anchor';
import type { KeyPoint } from './types';

// Evidence is whole sentences wherever the point rests on whole sentences: select-the-evidence
// questions score by sentence overlap. The first paragraph only sets the scene, so its
// evidence is the phrase of p1.s2 that each point takes up.

/** The statement's main commitments, in the order the statement makes them. */
const inStatementOrder: readonly Omit<KeyPoint, 'number'>[] = [
  {
    id: 'denuclearization',
    title: 'Work together for the complete denuclearization of the Korean Peninsula',
    summary:
      'The three countries will cooperate closely toward the complete denuclearization of the Korean Peninsula, in line with UN Security Council resolutions. They condemn the DPRK’s weapons of mass destruction and ballistic missile programs, call for full implementation of the resolutions, want its illicit ship-to-ship transfers stopped, and urge it to cease its actions and keep its obligations.',
    evidence: [
      {
        paragraph: 'p1',
        exact:
          'the growing nuclear and missile threats from the Democratic People’s Republic of Korea (DPRK)',
      },
      sentenceAnchor('p2.s1'),
      sentenceAnchor('p2.s2'),
      sentenceAnchor('p2.s5'),
      sentenceAnchor('p2.s6'),
      sentenceAnchor('p2.s7'),
    ],
  },
  {
    id: 'condemn-space-launch',
    title: 'Condemn the DPRK’s claimed space launch',
    summary:
      'The ministers condemn the DPRK’s recent claimed space launch using ballistic missile technology as a serious violation of UN Security Council resolutions, and are determined to respond firmly, together and with the international community.',
    evidence: [sentenceAnchor('p2.s3'), sentenceAnchor('p2.s4')],
  },
  {
    id: 'missile-warning-data',
    title: 'Share missile warning data in real time',
    summary:
      'Following their leaders’ Phnom Penh commitments, the three countries are working to activate, before the end of the year, a mechanism to exchange real-time missile warning data, so that each can better detect and assess DPRK missile launches.',
    evidence: [sentenceAnchor('p3.s1'), sentenceAnchor('p3.s2'), sentenceAnchor('p3.s3')],
  },
  {
    id: 'information-sharing',
    title: 'Use TISA and welcome the normalized GSOMIA',
    summary:
      'The three sides will use the 2014 Trilateral Information Sharing Arrangement to coordinate, and welcome the recent normalization of the GSOMIA between Japan and the ROK.',
    evidence: [sentenceAnchor('p4.s1'), sentenceAnchor('p4.s2')],
  },
  {
    id: 'confidence-building',
    title: 'Build confidence among the countries of the region',
    summary:
      'The ministers agree to contribute to defense-related confidence building measures in the region and to strengthen cooperation so that such efforts become institutions.',
    evidence: [sentenceAnchor('p4.s3')],
  },
  {
    id: 'free-open-indo-pacific',
    title: 'Deepen cooperation for a free and open Indo-Pacific',
    summary:
      'Trilateral cooperation on information sharing, high-level policy consultations and exercises should deepen to promote a free and open Indo-Pacific, and the three will follow up on these issues.',
    evidence: [
      { paragraph: 'p1', exact: 'address common security challenges in the Indo-Pacific region' },
      sentenceAnchor('p5.s1'),
      sentenceAnchor('p5.s2'),
    ],
  },
  {
    id: 'new-exercises',
    title: 'Start maritime interdiction and anti-piracy exercises',
    summary:
      'The three countries will swiftly hold maritime interdiction and anti-piracy exercises, and look for more areas of cooperation, such as disaster relief and humanitarian assistance.',
    evidence: [sentenceAnchor('p6.s1')],
  },
  {
    id: 'defensive-exercises',
    title: 'Make defensive exercises regular',
    summary:
      'Defensive exercises against the DPRK’s nuclear and missile threats, including anti-submarine and missile defense exercises, will be held regularly to strengthen the three countries’ responses and deter those threats.',
    evidence: [
      { paragraph: 'p1', exact: 'efforts to enhance trilateral security exercises' },
      sentenceAnchor('p6.s2'),
    ],
  },
  {
    id: 'rule-of-law',
    title: 'Uphold the rule of law; oppose changes by force or coercion',
    summary:
      'The ministers stress the rule of law and strongly oppose any unilateral attempt to change the status quo by force or coercion.',
    evidence: [sentenceAnchor('p7.s1')],
  },
  {
    id: 'ukraine',
    title: 'Stand with Ukraine',
    summary:
      'They stand with Ukraine against Russia’s unprovoked and brutal war of aggression, a serious violation of territorial integrity and sovereignty that undermines the international order.',
    evidence: [sentenceAnchor('p7.s2')],
  },
  {
    id: 'taiwan-strait-unclos',
    title: 'Peace across the Taiwan Strait; respect for the law of the sea',
    summary:
      'They stress peace and stability across the Taiwan Strait, share concerns about activities inconsistent with international law, in particular the UN Convention on the Law of the Sea, and support freedom of navigation and overflight.',
    evidence: [sentenceAnchor('p7.s3'), sentenceAnchor('p7.s4')],
  },
  {
    id: 'extended-deterrence',
    title: 'U.S. alliance commitments backed by all its capabilities, including nuclear',
    summary:
      'The United States reaffirms its alliance commitments to Japan and the ROK, backed by the full range of U.S. capabilities, including nuclear; Japan and the ROK stress their bilateral ties and trilateral cooperation, and all three will work together for peace and stability.',
    evidence: [sentenceAnchor('p8.s1'), sentenceAnchor('p8.s2'), sentenceAnchor('p8.s3')],
  },
];

/** The key points, each numbered by its place in the statement: the one numbering the site shows. */
export const keyPointData: readonly KeyPoint[] = inStatementOrder.map((point, index) => ({
  ...point,
  number: index + 1,
}));
