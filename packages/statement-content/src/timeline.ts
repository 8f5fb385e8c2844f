import {
  campDavidPrinciples,
  dodTisaRelease,
  dodTmm20231112,
  freedomEdgeStatement,
  koreaHeraldGsomia2023,
  launchReport20230531,
  mindefShangriLa,
  modMechanism20231219,
  modTisaRelease,
  mofaGsomia2016,
  phnomPenhStatement,
  rokMndTmm20231112,
  securityCouncilDocument,
  statementPage,
  tscfStatement,
  unSgsm21817,
  unSgsm21912,
  unSgsm22042,
  usunRemarks20230602,
  yonhapGsomia20190822,
  yonhapGsomia20191122,
} from './sources';
import type { TimelineEvent } from './types';

// Dates are ISO strings at the precision the sources give: resolution 1718 is known only to
// the month ("2006-10"), so the timeline shows "October 2006" and never invents a day.

/** Dated events from the first DPRK resolutions to what followed the meeting (unsorted). */
export const timelineData: readonly TimelineEvent[] = [
  {
    id: 'unscr-1718',
    date: '2006-10',
    title: 'Security Council resolution 1718',
    description:
      'The first UN sanctions resolution after the DPRK’s first nuclear test. Only the month is shown: the day of adoption is not confirmed in the course’s sources.',
    later: false,
    sources: [securityCouncilDocument('resolution 1718 (2006), S/RES/1718 (2006)', '2006-10')],
  },
  {
    id: 'unscr-1874',
    date: '2009-06-12',
    title: 'Security Council resolution 1874',
    description:
      'Demands that the DPRK conduct no further nuclear test “or any launch using ballistic missile technology”.',
    later: false,
    sources: [securityCouncilDocument('resolution 1874 (2009), S/RES/1874 (2009)', '2009-06-12')],
  },
  {
    id: 'prst-2012-13',
    date: '2012-04-16',
    title: 'Security Council presidential statement S/PRST/2012/13',
    description:
      'Calls such a launch a serious violation of resolutions 1718 and 1874 “even if characterized as a satellite launch or space launch vehicle”.',
    later: false,
    sources: [securityCouncilDocument('presidential statement S/PRST/2012/13', '2012-04-16')],
  },
  {
    id: 'unscr-2087',
    date: '2013-01-22',
    title: 'Security Council resolution 2087',
    description:
      'Demands no further launches that use ballistic missile technology; it condemned the DPRK’s test of a space launch vehicle.',
    later: false,
    sources: [
      securityCouncilDocument('resolution 2087 (2013), S/RES/2087 (2013)', '2013-01-22'),
      usunRemarks20230602,
    ],
  },
  {
    id: 'tisa-announced',
    date: '2014-12-28',
    title: 'Trilateral Information Sharing Arrangement (TISA) announced',
    description:
      'Announced by the U.S. Department of Defense (Washington time; December 29 in Tokyo and Seoul): Japan and the ROK share information on DPRK nuclear and missile threats through the U.S. Department of Defense.',
    later: false,
    sources: [dodTisaRelease, modTisaRelease],
    entityId: 'tisa',
  },
  {
    id: 'dprk-launch-2016-02-07',
    date: '2016-02-07',
    title: 'DPRK satellite launch',
    description: 'A DPRK satellite launch, which Security Council resolution 2270 followed.',
    later: false,
    sources: [
      securityCouncilDocument('resolution 2270 (2016), S/RES/2270 (2016)', '2016-03-02'),
      usunRemarks20230602,
    ],
  },
  {
    id: 'unscr-2270',
    date: '2016-03-02',
    title: 'Security Council resolution 2270',
    description:
      'Adopted after the February 7, 2016 satellite launch; it condemned the DPRK’s test of a space launch vehicle because it used ballistic missile technology.',
    later: false,
    sources: [
      securityCouncilDocument('resolution 2270 (2016), S/RES/2270 (2016)', '2016-03-02'),
      usunRemarks20230602,
    ],
  },
  {
    id: 'gsomia-signed',
    date: '2016-11-23',
    title: 'Japan-ROK GSOMIA signed',
    description:
      'Japan and the ROK sign the General Security of Military Information Agreement, in force the same day.',
    later: false,
    sources: [mofaGsomia2016],
    entityId: 'gsomia',
  },
  {
    id: 'unscr-2371',
    date: '2017-08-05',
    title: 'Security Council resolution 2371',
    description: 'A further Security Council resolution on the DPRK.',
    later: false,
    sources: [securityCouncilDocument('resolution 2371 (2017), S/RES/2371 (2017)', '2017-08-05')],
  },
  {
    id: 'unscr-2375',
    date: '2017-09-11',
    title: 'Security Council resolution 2375',
    description:
      'Reaffirms that the DPRK shall conduct no further launches that use ballistic missile technology, nuclear tests or any other provocation.',
    later: false,
    sources: [securityCouncilDocument('resolution 2375 (2017), S/RES/2375 (2017)', '2017-09-11')],
  },
  {
    id: 'unscr-2397',
    date: '2017-12-22',
    title: 'Security Council resolution 2397',
    description: 'A further Security Council resolution on the DPRK, adopted in New York.',
    later: false,
    sources: [securityCouncilDocument('resolution 2397 (2017), S/RES/2397 (2017)', '2017-12-22')],
  },
  {
    id: 'gsomia-notice-2019',
    date: '2019-08-22',
    title: 'Seoul announces it will end GSOMIA',
    description: 'The ROK announces that it will end the GSOMIA with Japan.',
    later: false,
    sources: [yonhapGsomia20190822],
    entityId: 'gsomia',
  },
  {
    id: 'gsomia-suspension-2019',
    date: '2019-11-22',
    title: 'Seoul suspends its notice to end GSOMIA',
    description:
      'Hours before the agreement would have expired, the ROK conditionally suspends its notice.',
    later: false,
    sources: [yonhapGsomia20191122],
    entityId: 'gsomia',
  },
  {
    id: 'phnom-penh-summit',
    date: '2022-11-13',
    title: 'Phnom Penh Summit',
    description:
      'President Biden, Prime Minister Kishida and President Yoon issue the Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific and set out to share DPRK missile warning data in real time.',
    later: false,
    sources: [phnomPenhStatement],
    entityId: 'phnom-penh-summit',
  },
  {
    id: 'gsomia-normalization-declared',
    date: '2023-03-16',
    title: 'GSOMIA: full normalization declared',
    description: 'At the Tokyo summit, President Yoon declares the GSOMIA fully normalized.',
    later: false,
    sources: [koreaHeraldGsomia2023],
    entityId: 'gsomia',
  },
  {
    id: 'gsomia-notes-withdrawn',
    date: '2023-03-21',
    title: 'GSOMIA: 2019 notes withdrawn',
    description:
      'The ROK withdraws its 2019 notes in writing: the “recent normalization” the statement welcomes.',
    later: false,
    sources: [koreaHeraldGsomia2023],
    entityId: 'gsomia',
  },
  {
    id: 'dprk-launch-2023-05-31',
    date: '2023-05-31',
    title: 'DPRK satellite launch attempt fails',
    description:
      'The Chollima-1 rocket carrying the reconnaissance satellite Malligyong-1 fails in its second stage and falls into the Yellow (West) Sea: the “recent claimed space launch” the statement condemns.',
    later: false,
    sources: [launchReport20230531, unSgsm21817],
    entityId: 'dprk-launch-2023-05-31',
  },
  {
    id: 'security-council-briefing-2023-06-02',
    date: '2023-06-02',
    title: 'Security Council briefing on the May 31 launch',
    description:
      'The United States recalls that in resolutions 2087 and 2270 the Council condemned the DPRK’s tests of space launch vehicles because they use ballistic missile technology.',
    later: false,
    sources: [usunRemarks20230602],
  },
  {
    id: 'shangri-la-dialogue-2023',
    date: '2023-06-02',
    title: '20th IISS Shangri-La Dialogue opens in Singapore',
    description:
      'The International Institute for Strategic Studies’ conference runs in Singapore from 2 to 4 June 2023.',
    later: false,
    sources: [mindefShangriLa],
  },
  {
    id: 'tmm-2023-06-03',
    date: '2023-06-03',
    title: 'Trilateral Ministerial Meeting in Singapore',
    description:
      'Secretary Austin, Minister Hamada and Minister Lee meet at the Shangri-La Dialogue and issue the joint press statement this course is about.',
    later: false,
    sources: [statementPage, mindefShangriLa],
    entityId: 'tmm-2023-06-03',
  },
  {
    id: 'camp-david-summit',
    date: '2023-08-18',
    title: 'Camp David summit',
    description:
      'The first stand-alone trilateral leaders’ summit issues the Camp David Principles, “The Spirit of Camp David” and the “Commitment to Consult”.',
    later: true,
    sources: [campDavidPrinciples],
    entityId: 'camp-david-summit',
  },
  {
    id: 'dprk-launch-2023-08-24',
    date: '2023-08-24',
    title: 'DPRK satellite launch attempt fails again',
    description: 'A further DPRK satellite launch attempt fails.',
    later: true,
    sources: [unSgsm21912],
    entityId: 'dprk-launch-2023-08-24',
  },
  {
    id: 'dprk-launch-2023-11-21',
    date: '2023-11-21',
    title: 'DPRK satellite launch',
    description: 'The DPRK launches a satellite again.',
    later: true,
    sources: [unSgsm22042],
    entityId: 'dprk-launch-2023-11-21',
  },
  {
    id: 'tmm-2023-11-12',
    date: '2023-11-12',
    title: 'Trilateral Ministerial Meeting in Seoul',
    description:
      'Secretary Austin and ROK Minister of National Defense Shin Wonsik meet in Seoul, with Japanese Minister of Defense Kihara Minoru joining virtually: a second Trilateral Ministerial Meeting in 2023. They agree to activate the missile warning data sharing mechanism in December.',
    later: true,
    sources: [dodTmm20231112, rokMndTmm20231112],
    entityId: 'tmm-2023-11-12',
  },
  {
    id: 'missile-warning-mechanism-activated',
    date: '2023-12-19',
    title: 'Missile warning data mechanism fully activated',
    description:
      'The three sides announce the real-time DPRK missile warning data sharing mechanism fully activated, with a multi-year trilateral exercise plan starting in early 2024.',
    later: true,
    sources: [modMechanism20231219],
    entityId: 'missile-warning-mechanism-activated',
  },
  {
    id: 'freedom-edge-2024',
    date: '2024-06-27',
    title: 'First Freedom Edge exercise (June 27-29)',
    description:
      'The first multi-domain trilateral exercise, in international waters south of Jeju.',
    later: true,
    sources: [freedomEdgeStatement],
    entityId: 'freedom-edge-2024',
  },
  {
    id: 'tscf-memorandum',
    date: '2024-07-28',
    title: 'Trilateral Security Cooperation Framework memorandum signed',
    description:
      'In Tokyo, the three defense ministers sign a Memorandum of Cooperation on the Trilateral Security Cooperation Framework (TSCF).',
    later: true,
    sources: [tscfStatement],
    entityId: 'tscf-memorandum',
  },
];
