import {
  dodTisaRelease,
  dodTmm20231112,
  koreaHeraldGsomia2023,
  launchReport20230531,
  mindefShangriLa,
  modHamadaRemarks,
  modTisaRelease,
  mofaGsomia2016,
  phnomPenhStatement,
  securityCouncilDocument,
  unSgsm21817,
  usunRemarks20230602,
  yonhapGsomia20190822,
  yonhapGsomia20191122,
} from './sources';
import type { GlossaryTerm } from './types';

// Definitions are plain language for a first-year student. Where one states a fact beyond the
// statement (a date, a name, what a document says), it cites the source that FACTS.md gives.
// Each term anchors every place the statement uses its words; recurring words get a prefix or
// suffix so that each anchor matches exactly one place.

/** The glossary: terms of the statement explained in plain language, in data order. */
export const glossaryData: readonly GlossaryTerm[] = [
  {
    id: 'dprk',
    term: 'DPRK',
    aliases: ['Democratic People’s Republic of Korea', 'North Korea'],
    definition:
      'The Democratic People’s Republic of Korea, the official name of North Korea. The statement writes the full name once, in its first paragraph, and the short form DPRK after that.',
    sources: [],
    anchors: [
      { paragraph: 'p1', exact: 'Democratic People’s Republic of Korea (DPRK)' },
      { paragraph: 'p2', exact: 'DPRK', suffix: '’s weapons' },
      { paragraph: 'p2', exact: 'DPRK', suffix: '’s recent' },
      { paragraph: 'p2', exact: 'DPRK', suffix: ' threat' },
      { paragraph: 'p2', exact: 'DPRK', suffix: '’s illicit' },
      { paragraph: 'p2', exact: 'DPRK', suffix: ' to immediately' },
      { paragraph: 'p3', exact: 'DPRK' },
      { paragraph: 'p5', exact: 'DPRK' },
      { paragraph: 'p6', exact: 'DPRK' },
    ],
  },
  {
    id: 'rok',
    term: 'ROK',
    aliases: ['Republic of Korea', 'South Korea'],
    definition:
      'The Republic of Korea, the official name of South Korea. Its Minister of National Defense, Lee Jong-Sup, was one of the three ministers at the meeting.',
    sources: [],
    anchors: [
      { paragraph: 'p1', exact: 'Republic of Korea (ROK)' },
      { paragraph: 'p2', exact: 'ROK' },
      { paragraph: 'p3', exact: 'ROK' },
      { paragraph: 'p4', exact: 'ROK', suffix: ' Trilateral' },
      { paragraph: 'p4', exact: 'ROK', prefix: 'between Japan and the ' },
      { paragraph: 'p8', exact: 'ROK', suffix: ' backed' },
      { paragraph: 'p8', exact: 'ROK', suffix: ' highlighted' },
    ],
  },
  {
    id: 'tmm',
    term: 'Trilateral Ministerial Meeting (TMM)',
    aliases: ['TMM', 'Trilateral Ministerial Meeting'],
    definition:
      'A meeting of ministers from three countries: here the defense ministers of the United States, Japan and the ROK. This one took place in Singapore on June 3, 2023, during the 20th IISS Shangri-La Dialogue, a security conference organised by the International Institute for Strategic Studies. It was not the only one that year: the three held another Trilateral Ministerial Meeting on November 12, 2023, so a TMM is best named by its date.',
    sources: [mindefShangriLa, modHamadaRemarks, dodTmm20231112],
    anchors: [{ paragraph: 'p1', exact: 'Trilateral Ministerial Meeting' }],
  },
  {
    id: 'secretary-and-two-ministers',
    term: 'the Secretary and the two Ministers',
    aliases: ['the three leaders'],
    definition:
      'The statement’s name for the three people who met: “the Secretary” is U.S. Secretary of Defense Lloyd J. Austin III, and “the two Ministers” are Japan’s Minister of Defense Hamada Yasukazu and the ROK’s Minister of National Defense Lee Jong-Sup. The first paragraph calls them “the three leaders”.',
    sources: [],
    anchors: [
      { paragraph: 'p1', exact: 'the three leaders' },
      { paragraph: 'p2', exact: 'Secretary and the two Ministers', suffix: ' pledged' },
      { paragraph: 'p2', exact: 'Secretary and the two Ministers', suffix: ' condemned' },
      { paragraph: 'p3', exact: 'Secretary and the two Ministers', suffix: ' recognized' },
      { paragraph: 'p3', exact: 'Secretary and the two Ministers', suffix: ' discussed' },
      { paragraph: 'p4', exact: 'Secretary and the two Ministers' },
      { paragraph: 'p5', exact: 'Secretary and the two Ministers' },
      { paragraph: 'p6', exact: 'Secretary and the two Ministers' },
      { paragraph: 'p7', exact: 'Secretary and the two Ministers' },
      { paragraph: 'p8', exact: 'Secretary and the two Ministers' },
    ],
  },
  {
    id: 'trilateral',
    term: 'trilateral',
    aliases: ['three-sided'],
    definition:
      'Involving three parties: here the United States, Japan and the ROK. Trilateral cooperation means the three countries working together as a group, not only in pairs.',
    sources: [],
    anchors: [
      { paragraph: 'p1', exact: 'trilateral' },
      { paragraph: 'p2', exact: 'trilateral', prefix: 'concerted ' },
      { paragraph: 'p2', exact: 'trilateral', prefix: 'increased ' },
      { paragraph: 'p3', exact: 'trilateral', prefix: 'recognized ' },
      { paragraph: 'p3', exact: 'trilateral', prefix: 'operationalizing the ' },
      { paragraph: 'p5', exact: 'trilateral', prefix: 'deepening ' },
      { paragraph: 'p5', exact: 'trilateral', prefix: 'consultations, and ' },
      { paragraph: 'p6', exact: 'trilateral', prefix: 'expand ' },
      { paragraph: 'p6', exact: 'trilateral', prefix: 'strengthening ' },
      { paragraph: 'p8', exact: 'trilateral' },
    ],
  },
  {
    id: 'bilateral',
    term: 'bilateral',
    aliases: ['two-sided'],
    definition:
      'Involving two parties. The statement calls the GSOMIA between Japan and the ROK bilateral, and speaks of the bilateral ties between Japan and the ROK.',
    sources: [],
    anchors: [
      { paragraph: 'p4', exact: 'bilateral' },
      { paragraph: 'p8', exact: 'bilateral' },
    ],
  },
  {
    id: 'unscrs',
    term: 'UNSCRs',
    aliases: [
      'United Nations Security Council resolutions',
      'UN Security Council resolutions',
      'UNSCR',
    ],
    definition:
      'Resolutions of the United Nations Security Council, the UN body responsible for international peace and security. Resolution 1718 of October 2006, after the DPRK’s first nuclear test, was the first to put sanctions on it; resolution 1874 (June 12, 2009) demands that it conduct no further nuclear test “or any launch using ballistic missile technology”.',
    sources: [
      securityCouncilDocument('resolution 1718 (2006), S/RES/1718 (2006)', '2006-10'),
      securityCouncilDocument('resolution 1874 (2009), S/RES/1874 (2009)', '2009-06-12'),
    ],
    anchors: [
      { paragraph: 'p2', exact: 'United Nations Security Council resolutions (UNSCRs)' },
      { paragraph: 'p2', exact: 'UNSCRs', prefix: 'violation of relevant ' },
      { paragraph: 'p2', exact: 'UNSCRs', prefix: 'community of relevant ' },
      { paragraph: 'p2', exact: 'UNSCRs', prefix: 'all relevant ' },
    ],
  },
  {
    id: 'denuclearization',
    term: 'denuclearization',
    aliases: ['complete denuclearization'],
    definition:
      'Removing nuclear weapons, and the programs that make them, from an area. The statement’s goal is the complete denuclearization of the Korean Peninsula, in line with UN Security Council resolutions.',
    sources: [],
    anchors: [{ paragraph: 'p2', exact: 'denuclearization' }],
  },
  {
    id: 'korean-peninsula',
    term: 'Korean Peninsula',
    aliases: ['Korean peninsula'],
    definition:
      'The peninsula in East Asia that the DPRK (in the north) and the ROK (in the south) share.',
    sources: [],
    anchors: [
      { paragraph: 'p2', exact: 'Korean Peninsula' },
      { paragraph: 'p2', exact: 'Korean peninsula' },
    ],
  },
  {
    id: 'weapons-of-mass-destruction',
    term: 'weapons of mass destruction',
    aliases: ['WMD'],
    definition:
      'Weapons that can kill very large numbers of people at once: nuclear, chemical and biological weapons. The statement condemns the DPRK’s programs to build them.',
    sources: [],
    anchors: [{ paragraph: 'p2', exact: 'weapons of mass destruction' }],
  },
  {
    id: 'ballistic-missile',
    term: 'ballistic missile',
    aliases: ['ballistic missile programs', 'ballistic missile technology'],
    definition:
      'A missile pushed by a rocket engine for the first part of its flight that then falls onto its target along a curved, unpowered path, like a thrown stone. Rockets that carry satellites into orbit rely on the same technology.',
    sources: [],
    anchors: [
      { paragraph: 'p2', exact: 'ballistic missile', suffix: ' programs' },
      { paragraph: 'p2', exact: 'ballistic missile', suffix: ' technology' },
    ],
  },
  {
    id: 'space-launch',
    term: 'claimed space launch using ballistic missile technology',
    aliases: ['space launch', 'satellite launch', 'claimed space launch'],
    definition:
      'The statement’s words for the DPRK’s attempt on May 31, 2023 to put a reconnaissance satellite, Malligyong-1, into orbit on a new Chollima-1 rocket; the rocket’s second stage failed and it fell into the Yellow (West) Sea. “Claimed” marks that the ministers did not accept it as simply a space launch: the rocket uses ballistic missile technology, and UN Security Council resolutions demand that the DPRK make no launch using that technology.',
    sources: [launchReport20230531, unSgsm21817, usunRemarks20230602],
    anchors: [
      { paragraph: 'p2', exact: 'claimed space launch using ballistic missile technology' },
    ],
  },
  {
    id: 'international-community',
    term: 'international community',
    aliases: ['the international community'],
    definition:
      'A common way of saying “the world’s states acting together”, often through the United Nations.',
    sources: [],
    anchors: [
      { paragraph: 'p2', exact: 'international community', suffix: '. Additionally' },
      { paragraph: 'p2', exact: 'international community', suffix: ' of relevant' },
    ],
  },
  {
    id: 'ship-to-ship-transfers',
    term: 'ship-to-ship transfers',
    aliases: ['illicit ship-to-ship transfers'],
    definition:
      'Moving cargo from one ship to another at sea rather than in a port. Security Council resolution 2375 (September 11, 2017) requires every UN member state to prohibit its nationals, the entities under its jurisdiction and the ships flying its flag from facilitating or engaging in ship-to-ship transfers to or from DPRK-flagged vessels of any goods supplied, sold or transferred to or from the DPRK. The statement calls the DPRK’s transfers illicit.',
    sources: [securityCouncilDocument('resolution 2375 (2017), S/RES/2375 (2017)', '2017-09-11')],
    anchors: [{ paragraph: 'p2', exact: 'ship-to-ship transfers' }],
  },
  {
    id: 'deterrence',
    term: 'deterrence',
    aliases: ['deter', 'deterring'],
    definition:
      'Preventing an attack by making sure the other side believes it would lose more than it could gain. To deter someone is to discourage them from acting through fear of the response.',
    sources: [],
    anchors: [
      { paragraph: 'p2', exact: 'deter', suffix: ', disrupt' },
      { paragraph: 'p3', exact: 'deterrence' },
      { paragraph: 'p6', exact: 'deterring' },
    ],
  },
  {
    id: 'phnom-penh-summit',
    term: 'Phnom Penh Summit',
    aliases: ['Phnom Penh Statement'],
    definition:
      'The meeting of U.S. President Biden, Japanese Prime Minister Kishida and ROK President Yoon in Phnom Penh, Cambodia, on November 13, 2022, during the East Asia Summit. Their “Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific”, the leaders’ first comprehensive trilateral statement, set out to share DPRK missile warning data in real time.',
    sources: [phnomPenhStatement],
    anchors: [{ paragraph: 'p3', exact: 'Phnom Penh Summit' }],
  },
  {
    id: 'missile-warning-data',
    term: 'real-time missile warning data',
    aliases: ['data sharing mechanism', 'trilateral mechanism', 'missile warning data'],
    definition:
      'Information about a missile launch, such as where a missile was fired from and where it is heading, passed on the moment sensors detect it, so that each country can follow the missile quickly. The “data sharing mechanism” is the system the three countries were building to exchange this data, as their leaders had set out to do at the Phnom Penh Summit.',
    sources: [phnomPenhStatement],
    anchors: [
      { paragraph: 'p3', exact: 'data sharing mechanism' },
      { paragraph: 'p3', exact: 'real-time missile warning data' },
      { paragraph: 'p3', exact: 'trilateral mechanism' },
    ],
  },
  {
    id: 'working-level-consultations',
    term: 'working-level consultations',
    aliases: ['technical working-level consultations'],
    definition:
      'Talks among officials and experts below the ministers, who work out the practical and technical details of what the ministers agree.',
    sources: [],
    anchors: [{ paragraph: 'p3', exact: 'technical working-level consultations' }],
  },
  {
    id: 'tisa',
    term: 'TISA',
    aliases: [
      'Trilateral Information Sharing Arrangement',
      '2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement',
    ],
    definition:
      'An arrangement for sharing information on DPRK nuclear and missile threats, announced by the U.S. Department of Defense on December 28, 2014 (Washington time; December 29 in Tokyo and Seoul). The U.S. Department of Defense is the hub: Japan and the ROK pass information through it. Sharing is voluntary, the arrangement creates no new legal obligations, and the information is protected under the existing U.S.-Japan and U.S.-ROK information security agreements.',
    sources: [dodTisaRelease, modTisaRelease],
    anchors: [
      {
        paragraph: 'p4',
        exact: '2014 U.S.-Japan-ROK Trilateral Information Sharing Arrangement',
      },
    ],
  },
  {
    id: 'gsomia',
    term: 'GSOMIA',
    aliases: ['General Security of Military Information Agreement'],
    definition:
      'An agreement on how two countries protect the secret military information they share. Japan and the ROK signed theirs on November 23, 2016. On August 22, 2019 the ROK announced it would end it, and on November 22, 2019 it conditionally suspended that notice. President Yoon declared full normalization at the Tokyo summit of March 16, 2023, and on March 21, 2023 the ROK withdrew its 2019 notes in writing: the “recent normalization” the statement welcomes.',
    sources: [mofaGsomia2016, yonhapGsomia20190822, yonhapGsomia20191122, koreaHeraldGsomia2023],
    anchors: [{ paragraph: 'p4', exact: 'General Security of Military Information Agreement' }],
  },
  {
    id: 'confidence-building-measures',
    term: 'confidence building measures',
    aliases: ['CBMs', 'defense-related confidence building measures'],
    definition:
      'Steps that make armed forces more open and predictable to each other, such as hotlines, notice of exercises or inviting observers, so that mistakes and misunderstandings do not turn into conflict.',
    sources: [],
    anchors: [{ paragraph: 'p4', exact: 'confidence building measures' }],
  },
  {
    id: 'institutionalize',
    term: 'institutionalize',
    aliases: ['institutionalization'],
    definition:
      'To turn something done now and then into a lasting, regular arrangement with agreed rules, so that it goes on even when people or governments change.',
    sources: [],
    anchors: [{ paragraph: 'p4', exact: 'institutionalize' }],
  },
  {
    id: 'indo-pacific',
    term: 'Indo-Pacific',
    aliases: ['Indo-Pacific region'],
    definition:
      'The region from the Indian Ocean across South, Southeast and East Asia to the Pacific Ocean, with the countries around those seas.',
    sources: [],
    anchors: [
      { paragraph: 'p1', exact: 'Indo-Pacific' },
      { paragraph: 'p5', exact: 'Indo-Pacific' },
    ],
  },
  {
    id: 'free-and-open-indo-pacific',
    term: 'free and open Indo-Pacific',
    aliases: ['FOIP'],
    definition:
      'A shared vision of the Indo-Pacific as a region where every country can choose its own course free from coercion, where international law is respected, and where the seas stay open to all for travel and trade.',
    sources: [],
    anchors: [{ paragraph: 'p5', exact: 'free and open Indo-Pacific' }],
  },
  {
    id: 'information-sharing',
    term: 'information sharing',
    aliases: ['intelligence sharing'],
    definition:
      'Passing information, including what is known about threats, from one country’s government or armed forces to another’s.',
    sources: [],
    anchors: [{ paragraph: 'p5', exact: 'information sharing' }],
  },
  {
    id: 'high-level-policy-consultations',
    term: 'high-level policy consultations',
    aliases: ['high-level consultations'],
    definition:
      'Regular talks among senior officials, such as ministers and their deputies, to keep the countries’ policies in step.',
    sources: [],
    anchors: [{ paragraph: 'p5', exact: 'high-level policy consultations' }],
  },
  {
    id: 'maritime-interdiction',
    term: 'maritime interdiction',
    aliases: ['maritime interdiction exercises'],
    definition:
      'Stopping, boarding and searching ships at sea to keep forbidden cargo, such as weapons or goods banned by sanctions, from getting through. The statement commits to exercises that practise it.',
    sources: [],
    anchors: [{ paragraph: 'p6', exact: 'maritime interdiction' }],
  },
  {
    id: 'anti-piracy',
    term: 'anti-piracy',
    aliases: ['anti-piracy exercises', 'counter-piracy'],
    definition:
      'Protecting ships against pirates: criminals who attack, rob or seize ships at sea.',
    sources: [],
    anchors: [{ paragraph: 'p6', exact: 'anti-piracy' }],
  },
  {
    id: 'disaster-relief-humanitarian-assistance',
    term: 'disaster relief and humanitarian assistance',
    aliases: ['HADR', 'humanitarian assistance and disaster relief'],
    definition:
      'Help for people struck by a natural disaster or another crisis: rescue, food, water, shelter and medical care. Armed forces often take part because they have ships, aircraft and trained people ready to move fast.',
    sources: [],
    anchors: [{ paragraph: 'p6', exact: 'disaster relief and humanitarian assistance' }],
  },
  {
    id: 'defensive-exercises',
    term: 'defensive exercises',
    aliases: ['regularizing defensive exercises'],
    definition:
      'Military training in which forces practise protecting against an attack rather than making one. The statement commits to holding them regularly (“regularizing” them).',
    sources: [],
    anchors: [{ paragraph: 'p6', exact: 'defensive exercises' }],
  },
  {
    id: 'anti-submarine',
    term: 'anti-submarine',
    aliases: ['anti-submarine warfare', 'anti-submarine exercises'],
    definition:
      'Finding, following and, if necessary, stopping hostile submarines. Submarines are hard to detect, and some can launch missiles.',
    sources: [],
    anchors: [{ paragraph: 'p6', exact: 'anti-submarine' }],
  },
  {
    id: 'missile-defense',
    term: 'missile defense',
    aliases: ['ballistic missile defense', 'missile defense exercises'],
    definition:
      'Detecting missiles fired at a country and destroying them in flight, for example with interceptor missiles, before they reach their targets.',
    sources: [],
    anchors: [{ paragraph: 'p6', exact: 'missile defense' }],
  },
  {
    id: 'rule-of-law',
    term: 'rule of law',
    aliases: [],
    definition:
      'The principle that everyone, governments and states included, is bound by laws applied fairly and equally, not by the will of the strongest. Between states it means settling disputes by law rather than by force.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'rule of law' }],
  },
  {
    id: 'unilateral-actions',
    term: 'unilateral actions',
    aliases: ['unilateral'],
    definition: 'Actions one country takes alone, without the agreement of the others they affect.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'unilateral actions' }],
  },
  {
    id: 'status-quo-by-force',
    term: 'status quo by force or coercion',
    aliases: ['alter the status quo', 'status quo'],
    definition:
      'The status quo is the way things are now, for example who controls a piece of land or an area of sea. Changing it by force or coercion means using military power, or threats and pressure, instead of peaceful agreement.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'alter the status quo by force or coercion' }],
  },
  {
    id: 'war-of-aggression',
    term: 'war of aggression',
    aliases: ['aggression'],
    definition:
      'A war that one state starts by attacking another without a lawful reason such as self-defense. International law forbids it. The statement uses the words for Russia’s war against Ukraine.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'war of aggression' }],
  },
  {
    id: 'territorial-integrity-and-sovereignty',
    term: 'territorial integrity and sovereignty',
    aliases: ['territorial integrity', 'sovereignty'],
    definition:
      'Sovereignty is a state’s right to govern itself without outside interference; territorial integrity is its right to keep its land, borders and waters whole. Both are basic principles of relations between states.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'territorial integrity and sovereignty' }],
  },
  {
    id: 'international-order',
    term: 'international order',
    aliases: ['rules-based international order'],
    definition:
      'The rules, institutions and habits by which states deal with each other, such as the United Nations and respect for borders and treaties.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'international order' }],
  },
  {
    id: 'taiwan-strait',
    term: 'Taiwan Strait',
    aliases: [],
    definition:
      'The stretch of sea between the island of Taiwan and mainland China. Peace and stability there matter to the whole region: busy shipping lanes pass through it, and tension there could turn into conflict.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'Taiwan Strait' }],
  },
  {
    id: 'international-law',
    term: 'international law',
    aliases: [],
    definition:
      'The rules that states accept as binding in their dealings with each other, written in treaties such as the United Nations Convention on the Law of the Sea or grown out of long practice.',
    sources: [],
    anchors: [
      { paragraph: 'p7', exact: 'international law', suffix: ', in particular' },
      { paragraph: 'p7', exact: 'international law', suffix: ', including' },
    ],
  },
  {
    id: 'unclos',
    term: 'UNCLOS',
    aliases: ['United Nations Convention on the Law of the Sea', 'Law of the Sea Convention'],
    definition:
      'The treaty that sets the rules for the world’s seas and oceans: how far a country’s waters reach, who may fish or mine where, and the right of all ships to pass. The statement names it in full rather than by its abbreviation, UNCLOS.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'United Nations Convention on the Law of the Sea' }],
  },
  {
    id: 'freedom-of-navigation-and-overflight',
    term: 'freedom of navigation and overflight',
    aliases: ['freedom of navigation', 'freedom of overflight'],
    definition:
      'The right of every country’s ships to sail, and aircraft to fly, through international waters and the airspace above them, as the law of the sea allows.',
    sources: [],
    anchors: [{ paragraph: 'p7', exact: 'freedom of navigation and overflight' }],
  },
  {
    id: 'alliance-commitments',
    term: 'alliance commitments',
    aliases: ['alliance', 'ally'],
    definition:
      'The promises allies make to each other, above all to help defend each other if attacked. The United States has an alliance with Japan and a separate one with the ROK.',
    sources: [],
    anchors: [{ paragraph: 'p8', exact: 'alliance commitments' }],
  },
  {
    id: 'extended-deterrence',
    term: 'extended deterrence',
    aliases: ['full range of U.S. capabilities, including nuclear', 'nuclear umbrella'],
    definition:
      'A country’s promise to use its military power, including nuclear weapons, to deter attacks not only on itself but also on its allies. The statement does not use the term; its words “the full range of U.S. capabilities, including nuclear” state this U.S. commitment to Japan and the ROK.',
    sources: [],
    anchors: [{ paragraph: 'p8', exact: 'full range of U.S. capabilities, including nuclear' }],
  },
];
