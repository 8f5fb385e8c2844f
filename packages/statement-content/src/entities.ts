import {
  campDavidPrinciples,
  dodTisaRelease,
  dodTmm20231112,
  freedomEdgeStatement,
  koreaHeraldGsomia2023,
  launchReport20230531,
  mindefShangriLa,
  modMechanism20231219,
  mofaGsomia2016,
  phnomPenhStatement,
  rokMndTmm20231112,
  securityCouncilDocument,
  statementPage,
  tscfStatement,
  unSgsm21817,
  unSgsm21912,
  unSgsm22042,
} from './sources';
import type { Entity } from './types';

// People, states, organisations, agreements and events the statement names. Events after the
// meeting carry `later: true` and no anchors: the statement cannot name what had not happened.

/** The named things of the statement, in data order. */
export const entityData: readonly Entity[] = [
  {
    id: 'lloyd-austin',
    kind: 'person',
    name: 'Lloyd J. Austin III',
    description:
      'U.S. Secretary of Defense, the head of the U.S. Department of Defense; “the Secretary” of the statement.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p1', exact: 'Lloyd J. Austin III' }],
  },
  {
    id: 'hamada-yasukazu',
    kind: 'person',
    name: 'Hamada Yasukazu',
    description:
      'Japanese Minister of Defense, one of “the two Ministers” of the statement. The statement gives his name family name first, as is usual in Japanese.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p1', exact: 'Hamada Yasukazu' }],
  },
  {
    id: 'lee-jong-sup',
    kind: 'person',
    name: 'Lee Jong-Sup',
    description:
      'Republic of Korea (ROK) Minister of National Defense, one of “the two Ministers” of the statement.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p1', exact: 'Lee Jong-Sup' }],
  },
  {
    id: 'president-biden',
    kind: 'person',
    name: 'President Biden',
    description:
      'President of the United States; with Prime Minister Kishida and President Yoon he made the commitments of the Phnom Penh Summit of November 13, 2022.',
    sources: [statementPage, phnomPenhStatement],
    anchors: [{ paragraph: 'p3', exact: 'U.S. President Biden' }],
  },
  {
    id: 'prime-minister-kishida',
    kind: 'person',
    name: 'Prime Minister Kishida',
    description:
      'Fumio Kishida, Prime Minister of Japan; one of the three leaders at the Phnom Penh Summit of November 13, 2022.',
    sources: [statementPage, phnomPenhStatement],
    anchors: [{ paragraph: 'p3', exact: 'Japanese Prime Minister Kishida' }],
  },
  {
    id: 'president-yoon',
    kind: 'person',
    name: 'President Yoon',
    description:
      'President of the Republic of Korea; one of the three leaders at the Phnom Penh Summit of November 13, 2022.',
    sources: [statementPage, phnomPenhStatement],
    anchors: [{ paragraph: 'p3', exact: 'ROK President Yoon' }],
  },
  {
    id: 'united-states',
    kind: 'state',
    name: 'United States',
    description:
      'One of the three countries of the meeting, represented by Secretary of Defense Lloyd J. Austin III. It is allied with both Japan and the ROK.',
    sources: [statementPage],
    anchors: [
      { paragraph: 'p1', exact: 'U.S.' },
      { paragraph: 'p2', exact: 'United States' },
      { paragraph: 'p8', exact: 'United States' },
    ],
  },
  {
    id: 'japan',
    kind: 'state',
    name: 'Japan',
    description:
      'One of the three countries of the meeting, represented by Minister of Defense Hamada Yasukazu.',
    sources: [statementPage],
    anchors: [
      { paragraph: 'p2', exact: 'Japan' },
      { paragraph: 'p4', exact: 'Japan', prefix: 'between ' },
      { paragraph: 'p8', exact: 'Japan', prefix: 'commitments to ' },
      { paragraph: 'p8', exact: 'Japan', suffix: ' and the ROK highlighted' },
    ],
  },
  {
    id: 'republic-of-korea',
    kind: 'state',
    name: 'Republic of Korea (ROK)',
    description:
      'South Korea; one of the three countries of the meeting, represented by Minister of National Defense Lee Jong-Sup.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p1', exact: 'Republic of Korea (ROK)' }],
  },
  {
    id: 'dprk',
    kind: 'state',
    name: 'Democratic People’s Republic of Korea (DPRK)',
    description: 'North Korea. The statement is above all about its nuclear and missile threats.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p1', exact: 'Democratic People’s Republic of Korea (DPRK)' }],
  },
  {
    id: 'russia',
    kind: 'state',
    name: 'Russia',
    description:
      'The state whose “unprovoked and brutal war of aggression” the three ministers commit to stand with Ukraine against. The statement calls Russia’s actions “a serious violation of territorial integrity and sovereignty”; it keeps “condemnation” and “condemned” for the DPRK.',
    sources: [statementPage],
    anchors: [
      { paragraph: 'p7', exact: 'Russia', suffix: '’s unprovoked' },
      { paragraph: 'p7', exact: 'Russia', suffix: '’s actions' },
    ],
  },
  {
    id: 'ukraine',
    kind: 'state',
    name: 'Ukraine',
    description: 'The state the three ministers committed to stand with against Russia’s war.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p7', exact: 'Ukraine' }],
  },
  {
    id: 'un-security-council',
    kind: 'organisation',
    name: 'United Nations Security Council',
    description:
      'The UN body responsible for international peace and security. Its resolutions on the DPRK (UNSCRs) demand that it make no launch using ballistic missile technology.',
    sources: [
      securityCouncilDocument('resolution 1874 (2009), S/RES/1874 (2009)', '2009-06-12'),
      securityCouncilDocument('resolution 2087 (2013), S/RES/2087 (2013)', '2013-01-22'),
      unSgsm21817,
    ],
    anchors: [{ paragraph: 'p2', exact: 'United Nations Security Council' }],
  },
  {
    id: 'tisa',
    kind: 'agreement',
    name: '2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement (TISA)',
    description:
      'Announced on December 28, 2014 (Washington time): Japan and the ROK share information on DPRK nuclear and missile threats through the U.S. Department of Defense.',
    date: '2014-12-28',
    sources: [dodTisaRelease],
    anchors: [
      {
        paragraph: 'p4',
        exact: '2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement',
      },
    ],
  },
  {
    id: 'gsomia',
    kind: 'agreement',
    name: 'Japan-ROK General Security of Military Information Agreement (GSOMIA)',
    description:
      'Signed and in force on November 23, 2016; normalized in March 2023 after the ROK withdrew its 2019 notice to end it.',
    date: '2016-11-23',
    sources: [mofaGsomia2016, koreaHeraldGsomia2023],
    anchors: [{ paragraph: 'p4', exact: 'General Security of Military Information Agreement' }],
  },
  {
    id: 'unclos',
    kind: 'agreement',
    name: 'United Nations Convention on the Law of the Sea (UNCLOS)',
    description:
      'The treaty on the law of the sea that the statement names in full, as the chief example of the international law with which some activities in the region are “inconsistent”. The glossary explains what it governs.',
    sources: [statementPage],
    anchors: [{ paragraph: 'p7', exact: 'United Nations Convention on the Law of the Sea' }],
  },
  {
    id: 'phnom-penh-summit',
    kind: 'event',
    name: 'Phnom Penh Summit',
    description:
      'President Biden, Prime Minister Kishida and President Yoon met in Phnom Penh at the East Asia Summit and issued the Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific.',
    date: '2022-11-13',
    sources: [phnomPenhStatement],
    anchors: [{ paragraph: 'p3', exact: 'November 13, 2022' }],
  },
  {
    id: 'dprk-launch-2023-05-31',
    kind: 'event',
    name: 'DPRK satellite launch attempt of May 31, 2023',
    description:
      'The DPRK tried to put the reconnaissance satellite Malligyong-1 into orbit on a new Chollima-1 rocket from the Sohae Satellite Launching Station; the second stage failed and the rocket fell into the Yellow (West) Sea.',
    date: '2023-05-31',
    sources: [launchReport20230531, unSgsm21817],
    anchors: [
      { paragraph: 'p2', exact: 'claimed space launch using ballistic missile technology' },
    ],
  },
  {
    id: 'tmm-2023-06-03',
    kind: 'event',
    name: 'Trilateral Ministerial Meeting of June 3, 2023',
    description:
      'The meeting this statement reports, held in Singapore during the 20th IISS Shangri-La Dialogue (2-4 June 2023).',
    date: '2023-06-03',
    sources: [statementPage, mindefShangriLa],
    anchors: [
      { paragraph: 'p1', exact: 'Singapore on June 3, 2023' },
      { paragraph: 'p1', exact: 'During the meeting' },
    ],
  },
  {
    id: 'camp-david-summit',
    kind: 'event',
    name: 'Camp David summit',
    description:
      'The first stand-alone trilateral leaders’ summit of the United States, Japan and the ROK. It produced the “Camp David Principles”, “The Spirit of Camp David” joint statement and the “Commitment to Consult”.',
    date: '2023-08-18',
    later: true,
    sources: [campDavidPrinciples],
    anchors: [],
  },
  {
    id: 'dprk-launch-2023-08-24',
    kind: 'event',
    name: 'DPRK satellite launch attempt of August 24, 2023',
    description: 'A further DPRK satellite launch attempt, which failed.',
    date: '2023-08-24',
    later: true,
    sources: [unSgsm21912],
    anchors: [],
  },
  {
    id: 'dprk-launch-2023-11-21',
    kind: 'event',
    name: 'DPRK satellite launch of November 21, 2023',
    description: 'A further DPRK satellite launch.',
    date: '2023-11-21',
    later: true,
    sources: [unSgsm22042],
    anchors: [],
  },
  {
    id: 'tmm-2023-11-12',
    kind: 'event',
    name: 'Trilateral Ministerial Meeting of November 12, 2023',
    description:
      'A later meeting of the three defense ministers: Secretary Austin and ROK Minister of National Defense Shin Wonsik met in Seoul, and Japanese Minister of Defense Kihara Minoru joined virtually. They agreed to activate the real-time missile warning data sharing mechanism in December 2023.',
    date: '2023-11-12',
    later: true,
    sources: [dodTmm20231112, rokMndTmm20231112],
    anchors: [],
  },
  {
    id: 'missile-warning-mechanism-activated',
    kind: 'event',
    name: 'Missile warning data mechanism fully activated',
    description:
      'The three sides announced that the real-time DPRK missile warning data sharing mechanism was fully activated, with a multi-year trilateral exercise plan starting in early 2024.',
    date: '2023-12-19',
    later: true,
    sources: [modMechanism20231219],
    anchors: [],
  },
  {
    id: 'freedom-edge-2024',
    kind: 'event',
    name: 'Freedom Edge (first exercise)',
    description:
      'The first “Freedom Edge” multi-domain trilateral exercise, June 27-29, 2024, in international waters south of Jeju, including ballistic missile defense, air defense, anti-submarine warfare, search and rescue, maritime interdiction and defensive cyber training.',
    date: '2024-06-27',
    later: true,
    sources: [freedomEdgeStatement],
    anchors: [],
  },
  {
    id: 'tscf-memorandum',
    kind: 'agreement',
    name: 'Memorandum of Cooperation on the Trilateral Security Cooperation Framework (TSCF)',
    description: 'The three defense ministers signed it in Tokyo on July 28, 2024.',
    date: '2024-07-28',
    later: true,
    sources: [tscfStatement],
    anchors: [],
  },
];
