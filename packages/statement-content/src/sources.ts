import type { Source } from './types';

// Every source here is one that the course's checked facts name, or a document whose text was
// checked for the exact claim that cites it; none is from memory. A document named without a
// checked address has no url.

/** The statement itself, on the Japan Ministry of Defense English page. */
export const statementPage: Source = {
  title:
    'United States-Japan-Republic of Korea Trilateral Ministerial Meeting (TMM) Joint Press Statement',
  url: 'https://www.mod.go.jp/en/article/2023/06/3d261b6bcd4d9b867653a23762afc40f0bb5bf0c.html',
  publisher: 'Japan Ministry of Defense',
  date: '2023-06-03',
};

/** Singapore's announcement of the 20th IISS Shangri-La Dialogue. */
export const mindefShangriLa: Source = {
  title: 'Singapore MINDEF news release on the 20th IISS Shangri-La Dialogue',
  url: 'https://www.mindef.gov.sg/web/portal/mindef/news-and-events/latest-releases/article-detail/2023/June/01jun23_nr2',
  publisher: 'Ministry of Defence, Singapore',
};

/** Minister Hamada's press remarks on June 3, 2023 (Japanese). */
export const modHamadaRemarks: Source = {
  title: 'Press remarks of Defense Minister Hamada, June 3, 2023 (Japanese)',
  url: 'https://www.mod.go.jp/j/press/kisha/2023/0603a_r.html',
  publisher: 'Japan Ministry of Defense',
  date: '2023-06-03',
};

/** Korea Herald report of the May 31, 2023 launch attempt. */
export const launchReport20230531: Source = {
  title: 'Korea Herald report on the DPRK satellite launch attempt of May 31, 2023',
  url: 'https://asianews.network/north-korea-attempts-space-satellite-launch-alerts-sent-then-retracted-in-south-korea-japan/',
  publisher: 'The Korea Herald via Asia News Network',
  date: '2023-05-31',
};

/**
 * The statement that the UN Secretary-General's spokesperson issued on the May 31, 2023 launch.
 * It is dated May 30: New York time, the launch being on the morning of May 31 in Korea.
 */
export const unSgsm21817: Source = {
  title:
    'Statement issued by the Spokesman for the UN Secretary-General on the DPRK launch of May 31, 2023 (SG/SM/21817)',
  url: 'https://press.un.org/en/2023/sgsm21817.doc.htm',
  publisher: 'United Nations',
  date: '2023-05-30',
};

/** The statement of the UN Secretary-General's spokesperson on the August 24, 2023 launch attempt. */
export const unSgsm21912: Source = {
  title:
    'Statement issued by the Spokesperson for the UN Secretary-General on the DPRK launch attempt of August 24, 2023 (SG/SM/21912)',
  url: 'https://press.un.org/en/2023/sgsm21912.doc.htm',
  publisher: 'United Nations',
  date: '2023-08-24',
};

/** The statement of the UN Secretary-General's spokesperson on the November 21, 2023 launch. */
export const unSgsm22042: Source = {
  title:
    'Statement issued by the Spokesman for the UN Secretary-General on the DPRK launch of November 21, 2023 (SG/SM/22042)',
  url: 'https://press.un.org/en/2023/sgsm22042.doc.htm',
  publisher: 'United Nations',
  date: '2023-11-21',
};

/** U.S. remarks at the Security Council on June 2, 2023 about the May 31 launch. */
export const usunRemarks20230602: Source = {
  title:
    'U.S. remarks at a UN Security Council briefing on the May 31 satellite launch by the DPRK',
  url: 'https://usun.usmission.gov/remarks-at-a-un-security-council-briefing-on-the-may-31-satellite-launch-by-the-dprk/',
  publisher: 'United States Mission to the United Nations',
  date: '2023-06-02',
};

/** A Security Council document cited by its symbol (FACTS.md gives no address for it). */
export function securityCouncilDocument(symbol: string, date: string): Source {
  return {
    title: `UN Security Council ${symbol}`,
    publisher: 'United Nations Security Council',
    date,
  };
}

/** U.S. DoD release No. 632-14 announcing TISA (copy on GlobalSecurity.org). */
export const dodTisaRelease: Source = {
  title:
    'U.S. Department of Defense release No. 632-14 on the Trilateral Information Sharing Arrangement',
  url: 'https://www.globalsecurity.org/intell/library/news/2014/intell-141228-dod01.htm',
  publisher: 'U.S. Department of Defense (copy on GlobalSecurity.org)',
  date: '2014-12-28',
};

/** Japan MOD release on TISA (Japanese). */
export const modTisaRelease: Source = {
  title:
    'Japan Ministry of Defense release on the trilateral information sharing arrangement (Japanese)',
  url: 'http://www.mod.go.jp/j/press/news/2014/12/29a.html',
  publisher: 'Japan Ministry of Defense',
  date: '2014-12-29',
};

/** Japan MOFA release on the signing of GSOMIA. */
export const mofaGsomia2016: Source = {
  title: 'Japan MOFA press release on the signing of the Japan-ROK GSOMIA',
  url: 'https://www.mofa.go.jp/press/release/press4e_002598.html',
  publisher: 'Ministry of Foreign Affairs of Japan',
  date: '2016-11-23',
};

/** Yonhap on Seoul's August 22, 2019 decision to end GSOMIA. */
export const yonhapGsomia20190822: Source = {
  title: "Yonhap report on Seoul's decision to end GSOMIA",
  url: 'https://en.yna.co.kr/view/AEN20190822011700315',
  publisher: 'Yonhap News Agency',
  date: '2019-08-22',
};

/** Yonhap on the November 22, 2019 conditional suspension of that notice. */
export const yonhapGsomia20191122: Source = {
  title: 'Yonhap report on the conditional suspension of the notice to end GSOMIA',
  url: 'https://m-en.yna.co.kr/view/AEN20191122008800315',
  publisher: 'Yonhap News Agency',
  date: '2019-11-22',
};

/** Korea Herald on the March 21, 2023 withdrawal of the 2019 notes. */
export const koreaHeraldGsomia2023: Source = {
  title: 'Korea Herald report on the withdrawal of the 2019 GSOMIA notes',
  url: 'https://www.koreaherald.com/view.php?ud=20230321000576',
  publisher: 'The Korea Herald',
  date: '2023-03-21',
};

/** The leaders' Phnom Penh Statement of November 13, 2022. */
export const phnomPenhStatement: Source = {
  title: 'Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific',
  url: 'https://presidency.ucsb.edu/documents/joint-statement-president-biden-prime-minister-fumio-kishida-japan-and-president-yoon-suk',
  publisher: 'The American Presidency Project (UC Santa Barbara)',
  date: '2022-11-13',
};

/** Japan's page on the Camp David documents of August 18, 2023. */
export const campDavidPrinciples: Source = {
  title: 'Camp David Principles',
  url: 'https://japan.go.jp/kizuna/2023/10/camp_david_principles.html',
  publisher: 'Government of Japan (KIZUNA)',
  date: '2023-08-18',
};

/** The U.S. DoD's statement on the Trilateral Ministerial Meeting of November 12, 2023. */
export const dodTmm20231112: Source = {
  title:
    'United States-Japan-Republic of Korea Trilateral Ministerial Meeting Unilateral Press Statement (U.S. Department of Defense, November 12, 2023)',
  url: 'http://www.kirtland.af.mil/News/Article/3592544/united-states-japan-republic-of-korea-trilateral-ministerial-meeting-unilateral/',
  publisher: 'U.S. Department of Defense (copy on the Kirtland Air Force Base site)',
  date: '2023-11-12',
};

/** The ROK Ministry of National Defense's statement on the same meeting (cited by title: no address checked). */
export const rokMndTmm20231112: Source = {
  title:
    'Statement of the ROK Ministry of National Defense on the Trilateral Ministerial Meeting of November 12, 2023, as reported by AFP and Yonhap',
  publisher: 'Ministry of National Defense of the Republic of Korea',
  date: '2023-11-12',
};

/** Japan MOD on the December 19, 2023 activation of the missile warning data mechanism. */
export const modMechanism20231219: Source = {
  title:
    'Japan MOD release of December 19, 2023 on the trilateral missile warning data sharing mechanism (Japanese)',
  url: 'https://www.mod.go.jp/j/approach/anpo/2023/1219b_usa_kor-j.html',
  publisher: 'Japan Ministry of Defense',
  date: '2023-12-19',
};

/** The three sides' joint statement on Freedom Edge (cited by title: no address checked). */
export const freedomEdgeStatement: Source = {
  title:
    'Joint statement of the United States, Japan and the ROK on the first Freedom Edge exercise (June 2024)',
  publisher: 'Japan Ministry of Defense / U.S. Department of Defense',
};

/** The three ministers' joint statement on the TSCF memorandum (cited by title: no address checked). */
export const tscfStatement: Source = {
  title:
    'Joint statement of the United States-Japan-ROK Trilateral Ministerial Meeting on the Memorandum of Cooperation on the Trilateral Security Cooperation Framework',
  publisher: 'Japan Ministry of Defense / U.S. Department of Defense',
  date: '2024-07-28',
};
