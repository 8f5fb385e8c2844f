import type { Publication, Statement } from './types';

/** The Japan Ministry of Defense English page, the copy the course text follows. */
const modEnglishPage: Publication = {
  id: 'mod-en',
  publisher: 'Japan Ministry of Defense',
  url: 'https://www.mod.go.jp/en/article/2023/06/3d261b6bcd4d9b867653a23762afc40f0bb5bf0c.html',
  date: '2023-06-03',
  language: 'en',
  note: 'The copy the course text follows.',
  // The page's two link labels are kept as printed; their targets were not checked, so no url.
  links: [
    { label: 'In Japanese', language: 'ja', format: 'html' },
    {
      label:
        'United States-Japan-Republic of Korea Trilateral Ministerial Meeting (TMM) Joint Press Statement(PDF)',
      language: 'en',
      format: 'pdf',
    },
  ],
};

/**
 * The June 3, 2023 TMM joint press statement: provenance and the eight body paragraphs,
 * split into sentences by hand (a regex would split after "U.S." and "Lloyd J.").
 */
export const statement: Statement = {
  id: 'tmm-2023-06-03',
  title:
    'United States-Japan-Republic of Korea Trilateral Ministerial Meeting (TMM) Joint Press Statement',
  date: '2023-06-03',
  dateText: 'June 3, 2023',
  place: 'Singapore',
  participants: [
    {
      id: 'lloyd-austin',
      name: 'Lloyd J. Austin III',
      office: 'U.S. Secretary of Defense',
      state: 'united-states',
      entityId: 'lloyd-austin',
    },
    {
      id: 'hamada-yasukazu',
      name: 'Hamada Yasukazu',
      office: 'Japanese Minister of Defense',
      state: 'japan',
      entityId: 'hamada-yasukazu',
    },
    {
      id: 'lee-jong-sup',
      name: 'Lee Jong-Sup',
      office: 'Republic of Korea (ROK) Minister of National Defense',
      state: 'republic-of-korea',
      entityId: 'lee-jong-sup',
    },
  ],
  publications: [
    modEnglishPage,
    {
      id: 'indopacom-en',
      publisher: 'U.S. Indo-Pacific Command (U.S. DoD Immediate Release)',
      url: 'https://www.pacom.mil/Media/News/News-Article-View/Article/3417478/united-states-japan-republic-of-korea-trilateral-ministerial-meeting-tmm-joint/',
      date: '2023-06-05',
      language: 'en',
      note: 'Its first sentence reads "in Singapore, June 3, 2023" where the Japan MOD page reads "in Singapore on June 3, 2023".',
    },
  ],
  paragraphs: [
    {
      id: 'p1',
      number: 1,
      sentences: [
        {
          id: 'p1.s1',
          text: 'U.S. Secretary of Defense Lloyd J. Austin III, Japanese Minister of Defense Hamada Yasukazu, and Republic of Korea (ROK) Minister of National Defense Lee Jong-Sup convened a Trilateral Ministerial Meeting in Singapore on June 3, 2023.',
        },
        {
          id: 'p1.s2',
          text: 'During the meeting, the three leaders discussed the growing nuclear and missile threats from the Democratic People’s Republic of Korea (DPRK) as well as efforts to enhance trilateral security exercises and address common security challenges in the Indo-Pacific region.',
        },
      ],
    },
    {
      id: 'p2',
      number: 2,
      sentences: [
        {
          id: 'p2.s1',
          text: 'The Secretary and the two Ministers pledged that the United States, Japan, and the ROK will cooperate closely toward their shared commitment to achieve the complete denuclearization of the Korean Peninsula in accordance with United Nations Security Council resolutions (UNSCRs).',
        },
        {
          id: 'p2.s2',
          text: 'They shared their deep concerns about, and condemnation of, the DPRK’s weapons of mass destruction and ballistic missile programs, which pose a grave threat to international peace and stability, and they committed to address these concerns through concerted trilateral cooperation.',
        },
        {
          id: 'p2.s3',
          text: 'In particular, the Secretary and the two Ministers condemned DPRK’s recent claimed space launch using ballistic missile technology as it constitutes a serious violation of relevant UNSCRs.',
        },
        {
          id: 'p2.s4',
          text: 'They also renewed their determination to respond firmly to the DPRK threat through increased trilateral cooperation as well as cooperation with the international community.',
        },
        {
          id: 'p2.s5',
          text: 'Additionally, they called for full implementation by the international community of relevant UNSCRs.',
        },
        {
          id: 'p2.s6',
          text: 'They underscored the importance of sustained international efforts to deter, disrupt, and ultimately eliminate the DPRK’s illicit ship-to-ship transfers.',
        },
        {
          id: 'p2.s7',
          text: 'They urged the DPRK to immediately cease its irresponsible actions that create tension on the Korean peninsula and in the region, and to abide by its obligations under all relevant UNSCRs.',
        },
      ],
    },
    {
      id: 'p3',
      number: 3,
      sentences: [
        {
          id: 'p3.s1',
          text: 'In line with the commitments made by the U.S. President Biden, Japanese Prime Minister Kishida, and ROK President Yoon at the Phnom Penh Summit on November 13, 2022, the Secretary and the two Ministers recognized trilateral efforts to activate a data sharing mechanism to exchange real-time missile warning data before the end of the year in order to improve each country’s ability to detect and assess missiles launched by DPRK.',
        },
        {
          id: 'p3.s2',
          text: 'The Secretary and the two Ministers discussed the ongoing progress being made through technical working-level consultations and noted that this is a major step for deterrence, peace and stability.',
        },
        {
          id: 'p3.s3',
          text: 'They also pledged to make further progress toward operationalizing the trilateral mechanism initially over the next few months.',
        },
      ],
    },
    {
      id: 'p4',
      number: 4,
      sentences: [
        {
          id: 'p4.s1',
          text: 'The Secretary and the two Ministers further affirmed the three sides will utilize the 2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement to facilitate coordination and cooperation among all three sides.',
        },
        {
          id: 'p4.s2',
          text: 'They also welcomed the recent normalization of the bilateral General Security of Military Information Agreement between Japan and the ROK.',
        },
        {
          id: 'p4.s3',
          text: 'In addition, they concurred on the need to contribute to defense-related confidence building measures among the countries in the region and committed to strengthening cooperation to institutionalize such efforts.',
        },
      ],
    },
    {
      id: 'p5',
      number: 5,
      sentences: [
        {
          id: 'p5.s1',
          text: 'The Secretary and the two Ministers discussed other regional security issues as well as DPRK threats and all reiterated the importance of deepening trilateral cooperation on key issues to promote a free and open Indo-Pacific, including information sharing, high-level policy consultations, and trilateral exercises.',
        },
        { id: 'p5.s2', text: 'They further discussed steps to follow up on these issues.' },
      ],
    },
    {
      id: 'p6',
      number: 6,
      sentences: [
        {
          id: 'p6.s1',
          text: 'Additionally, the Secretary and the two Ministers affirmed their commitment to swiftly conduct maritime interdiction exercises and anti-piracy exercises, and they pledged to further identify other areas, including disaster relief and humanitarian assistance, where the three countries intend to expand trilateral cooperation.',
        },
        {
          id: 'p6.s2',
          text: "They committed to regularizing defensive exercises that contribute to strengthening trilateral responses to the DPRK's nuclear and missile threats and deterring against those threats, including anti-submarine exercises and missile defense exercises.",
        },
      ],
    },
    {
      id: 'p7',
      number: 7,
      sentences: [
        {
          id: 'p7.s1',
          text: 'The Secretary and the two Ministers stressed the importance of the rule of law and expressed strong opposition to any unilateral actions that seek to alter the status quo by force or coercion and increase tensions in the region.',
        },
        {
          id: 'p7.s2',
          text: 'They reaffirmed their commitment to stand with Ukraine against Russia’s unprovoked and brutal war of aggression and to recognize that Russia’s actions are a serious violation of territorial integrity and sovereignty which undermines the fabric of the entire international order.',
        },
        {
          id: 'p7.s3',
          text: 'They emphasized the importance of peace and stability across the Taiwan Strait.',
        },
        {
          id: 'p7.s4',
          text: 'They shared concerns on activities that are inconsistent with international law, in particular the United Nations Convention on the Law of the Sea and stressed the importance of fully respecting international law, including freedom of navigation and overflight and other lawful uses of the sea.',
        },
      ],
    },
    {
      id: 'p8',
      number: 8,
      sentences: [
        {
          id: 'p8.s1',
          text: 'The United States reaffirmed its steadfast alliance commitments to Japan and the ROK backed by the full range of U.S. capabilities, including nuclear.',
        },
        {
          id: 'p8.s2',
          text: 'Japan and the ROK highlighted the importance of their bilateral ties and trilateral cooperation to protect and advance their shared security goals.',
        },
        {
          id: 'p8.s3',
          text: 'The Secretary and the two Ministers committed to work closely together for peace and stability in the region and around the world.',
        },
      ],
    },
  ],
};
