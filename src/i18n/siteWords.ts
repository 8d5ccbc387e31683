// The public site's own words (headings, navigation, labels) in each language. Content comes from the CMS;
// these are the frame around it. Plain data, no framework, so pages and emails can share them.
//
// Polish and Romanian were drafted by the team in plain words. A native speaker must check them before
// launch (docs/translations.md). The type makes every language supply every string, so none is ever blank.

import type { Cost, DeliveryMode, NeedLevel, Sector, SupportKind, Urgency } from '../domain/vocabulary'
import {
  costLabels,
  deliveryLabels,
  needLevelLabels,
  sectorLabels,
  supportKindLabels,
  urgencyLabels,
} from '../domain/vocabulary'

export const siteLocales = ['en', 'pl', 'ro'] as const
export type SiteLocale = (typeof siteLocales)[number]
export const defaultSiteLocale: SiteLocale = 'en'

export const isSiteLocale = (value: unknown): value is SiteLocale => siteLocales.includes(value as SiteLocale)

/** Each language named in itself, for the language switcher. */
export const languageNames: Record<SiteLocale, string> = { en: 'English', pl: 'Polski', ro: 'Română' }

/** The address of a page in a language: English has no prefix, the others do (/pl/services). */
export function localePath(locale: SiteLocale, path: string): string {
  if (locale === defaultSiteLocale) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

const english = {
  dateLocale: 'en-GB',
  ogLocale: 'en_GB',
  siteDescription:
    'Feelings during pregnancy and after a baby are common. Plain information for parents and carers in Kent, and where to get help.',
  skipLink: 'Skip to main content',
  nav: { label: 'Main', dads: 'Dads', services: 'Find support', getHelpNow: 'Get help now' },
  footer: {
    about:
      'A campaign for parents and carers in Kent who are expecting a baby or have a baby under two. This site sets no cookies and does not track you.',
    privacy: 'Privacy',
    accessibility: 'Accessibility statement',
  },
  languages: 'Language',
  inEnglishNote: 'Some of this page is not in your language yet, so it is shown in English.',
  outdatedNote: 'The English version of this page has changed since it was translated. The English page is the most up to date.',
  readInEnglish: 'Read this page in English',
  home: {
    keyMessages: 'What we want every parent to know',
    themes: 'Themes',
    getHelpNow: 'Get help now',
    reassurance: 'Asking for help is the right thing for you and your baby. You will not be judged.',
  },
  getHelp: {
    title: 'Get help now',
    description: 'When and where to get help with how you feel during pregnancy or after your baby arrives, in Kent.',
    sections: {
      emergency: { heading: 'Call 999 or go to A&E now if:', intro: 'This is an emergency. Do not wait.' },
      urgent: { heading: 'Get urgent help today if:', intro: 'You need help soon, but it is not an emergency.' },
      'non-urgent': { heading: 'Talk to someone soon if:', intro: 'It is not urgent, and support is there.' },
    } satisfies Record<Urgency, { heading: string; intro: string }>,
    findLocal: 'Find a local service in Kent',
  },
  careCard: {
    emergency: 'Call 999 or go to A&E now if:',
    urgentFrom: (service: string) => `Get urgent help from ${service} if:`,
    contactIf: (service: string) => `Contact ${service} if:`,
    call: (service: string, phone: string) => `Call ${service}: ${phone}`,
    callNumber: (phone: string) => `Call ${phone}`,
  },
  message: {
    whenToGetHelp: 'When to get help',
    sources: 'Where these facts come from',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review due',
  },
  theme: { nothingYet: 'There is nothing more on this yet.', howToGetHelp: 'Find out how to get help now' },
  dads: {
    title: 'For dads and co-parents',
    description:
      'Becoming a parent can be hard for dads and co-parents too. What to look out for, and support in Kent that welcomes you.',
    lead: 'Becoming a parent can be hard for you too. Your feelings matter, and help is there for you.',
    whatToKnow: 'What we want you to know',
    oneMinute: 'A one-minute conversation',
    oneMinuteIntro: 'Things a midwife, health visitor or friend might say to a dad or co-parent:',
    services: 'Support that welcomes dads and co-parents',
    seeAll: 'See all services for dads and co-parents by area',
  },
  services: {
    title: 'Find support in Kent',
    description: 'Services in Kent for parents and carers during pregnancy and after birth, by area, need and who they are for.',
    formLabel: 'Filter services',
    area: 'Area of Kent',
    helpWith: 'Help with',
    whoFor: 'Who it is for',
    dadsWelcome: 'Dads and co-parents welcome',
    need: 'Level of need',
    cost: 'Cost',
    how: 'How',
    evenings: 'Evenings or weekends',
    language: 'Language',
    search: 'Search',
    any: 'Any',
    show: 'Show services',
    clear: 'Clear filters',
    count: (n: number) => (n === 1 ? '1 service' : `${n} services`),
    noMatch: 'No service matches all of these. Try fewer filters, or see',
    howToGetHelp: 'how to get help now',
    where: 'Where',
    whoCanUse: 'Who can use it',
    runBy: 'Run by',
    when: 'When',
    howToContact: 'How to contact',
  },
  notFound: {
    title: 'We could not find that page',
    text: 'The link may be old, or the page may have moved.',
    home: 'Go to the campaign home page',
    help: 'Find out how to get help now',
  },
  labels: {
    urgency: urgencyLabels as Record<Urgency, string>,
    need: needLevelLabels as Record<NeedLevel, string>,
    supports: supportKindLabels as Record<SupportKind, string>,
    cost: costLabels as Record<Cost, string>,
    delivery: deliveryLabels as Record<DeliveryMode, string>,
    sector: sectorLabels as Record<Sector, string>,
  },
}

export type SiteWords = typeof english

const polish: SiteWords = {
  dateLocale: 'pl-PL',
  ogLocale: 'pl_PL',
  siteDescription:
    'Trudne uczucia w ciąży i po narodzinach dziecka są częste. Proste informacje dla rodziców i opiekunów w hrabstwie Kent i gdzie szukać pomocy.',
  skipLink: 'Przejdź do treści',
  nav: { label: 'Menu', dads: 'Dla ojców', services: 'Znajdź wsparcie', getHelpNow: 'Pomoc teraz' },
  footer: {
    about:
      'Kampania dla rodziców i opiekunów w hrabstwie Kent, którzy spodziewają się dziecka lub mają dziecko poniżej dwóch lat. Ta strona nie używa plików cookie i nie śledzi Cię.',
    privacy: 'Prywatność',
    accessibility: 'Deklaracja dostępności',
  },
  languages: 'Język',
  inEnglishNote: 'Część tej strony nie jest jeszcze przetłumaczona, dlatego jest po angielsku.',
  outdatedNote: 'Angielska wersja tej strony zmieniła się od czasu tłumaczenia. Najnowsze informacje są na stronie po angielsku.',
  readInEnglish: 'Przeczytaj tę stronę po angielsku',
  home: {
    keyMessages: 'Co powinien wiedzieć każdy rodzic',
    themes: 'Tematy',
    getHelpNow: 'Pomoc teraz',
    reassurance: 'Prośba o pomoc to dobra decyzja dla Ciebie i Twojego dziecka. Nikt nie będzie Cię oceniać.',
  },
  getHelp: {
    title: 'Pomoc teraz',
    description: 'Kiedy i gdzie szukać pomocy, jeśli źle się czujesz w ciąży lub po narodzinach dziecka, w hrabstwie Kent.',
    sections: {
      emergency: { heading: 'Zadzwoń pod 999 lub jedź na SOR (A&E) teraz, jeśli:', intro: 'To nagły wypadek. Nie czekaj.' },
      urgent: { heading: 'Szukaj pilnej pomocy jeszcze dziś, jeśli:', intro: 'Potrzebujesz pomocy szybko, ale to nie jest nagły wypadek.' },
      'non-urgent': { heading: 'Porozmawiaj z kimś wkrótce, jeśli:', intro: 'To nie jest pilne, a wsparcie jest dostępne.' },
    },
    findLocal: 'Znajdź wsparcie w swojej okolicy',
  },
  careCard: {
    emergency: 'Zadzwoń pod 999 lub jedź na SOR (A&E) teraz, jeśli:',
    urgentFrom: (service) => `Szukaj pilnej pomocy: ${service}, jeśli:`,
    contactIf: (service) => `Skontaktuj się: ${service}, jeśli:`,
    call: (service, phone) => `Zadzwoń: ${service}, ${phone}`,
    callNumber: (phone) => `Zadzwoń pod ${phone}`,
  },
  message: {
    whenToGetHelp: 'Kiedy szukać pomocy',
    sources: 'Skąd pochodzą te informacje',
    lastReviewed: 'Ostatnio sprawdzone',
    nextReview: 'Następne sprawdzenie',
  },
  theme: { nothingYet: 'Nie ma tu jeszcze nic więcej.', howToGetHelp: 'Dowiedz się, jak uzyskać pomoc teraz' },
  dads: {
    title: 'Dla ojców i współrodziców',
    description: 'Zostanie rodzicem bywa trudne także dla ojców i współrodziców. Na co zwrócić uwagę i gdzie w Kent znaleźć wsparcie.',
    lead: 'Zostanie rodzicem może być trudne także dla Ciebie. Twoje uczucia są ważne, a pomoc jest dostępna.',
    whatToKnow: 'Co warto wiedzieć',
    oneMinute: 'Rozmowa w minutę',
    oneMinuteIntro: 'Co położna, wizytatorka zdrowia lub przyjaciel mogą powiedzieć ojcu lub współrodzicowi:',
    services: 'Wsparcie otwarte dla ojców i współrodziców',
    seeAll: 'Zobacz wszystkie usługi dla ojców i współrodziców według okolicy',
  },
  services: {
    title: 'Znajdź wsparcie w Kent',
    description: 'Usługi w Kent dla rodziców i opiekunów w ciąży i po porodzie: według okolicy, potrzeb i tego, dla kogo są.',
    formLabel: 'Filtruj usługi',
    area: 'Okolica w Kent',
    helpWith: 'Pomoc w',
    whoFor: 'Dla kogo',
    dadsWelcome: 'Otwarte dla ojców i współrodziców',
    need: 'Poziom potrzeb',
    cost: 'Koszt',
    how: 'Forma',
    evenings: 'Wieczory lub weekendy',
    language: 'Język',
    search: 'Szukaj',
    any: 'Dowolne',
    show: 'Pokaż usługi',
    clear: 'Wyczyść filtry',
    count: (n) => `Liczba usług: ${n}`,
    noMatch: 'Żadna usługa nie pasuje do wszystkich filtrów. Wybierz mniej filtrów albo zobacz',
    howToGetHelp: 'jak uzyskać pomoc teraz',
    where: 'Gdzie',
    whoCanUse: 'Kto może skorzystać',
    runBy: 'Prowadzi',
    when: 'Kiedy',
    howToContact: 'Jak się skontaktować',
  },
  notFound: {
    title: 'Nie znaleźliśmy tej strony',
    text: 'Link może być stary albo strona została przeniesiona.',
    home: 'Przejdź do strony głównej kampanii',
    help: 'Dowiedz się, jak uzyskać pomoc teraz',
  },
  labels: {
    urgency: { 'non-urgent': 'Niepilne', urgent: 'Pilne', emergency: 'Nagły wypadek' },
    need: { coping: 'Radzę sobie', 'getting-help': 'Potrzebuję pomocy', 'getting-more-help': 'Potrzebuję więcej pomocy', 'getting-risk-support': 'Wsparcie w sytuacji zagrożenia' },
    supports: { 'perinatal-mental-health': 'Zdrowie psychiczne w ciąży i po porodzie', 'parent-infant-relationships': 'Więź z dzieckiem' },
    cost: { free: 'Bezpłatne', 'low-cost': 'Niski koszt', 'paid-with-bursaries': 'Płatne, z dofinansowaniem dla rodzin w potrzebie' },
    delivery: { online: 'Online', 'in-person': 'Osobiście', phone: 'Telefonicznie' },
    sector: { nhs: 'NHS', 'local-authority': 'Władze lokalne', 'voluntary-and-community': 'Organizacje społeczne', private: 'Prywatne' },
  },
}

const romanian: SiteWords = {
  dateLocale: 'ro-RO',
  ogLocale: 'ro_RO',
  siteDescription:
    'Sentimentele grele în sarcină și după naștere sunt frecvente. Informații simple pentru părinți și îngrijitori din Kent și unde găsiți ajutor.',
  skipLink: 'Mergi la conținut',
  nav: { label: 'Meniu', dads: 'Pentru tați', services: 'Găsește sprijin', getHelpNow: 'Ajutor acum' },
  footer: {
    about:
      'O campanie pentru părinții și îngrijitorii din Kent care așteaptă un copil sau au un copil sub doi ani. Acest site nu folosește cookie-uri și nu vă urmărește.',
    privacy: 'Confidențialitate',
    accessibility: 'Declarație de accesibilitate',
  },
  languages: 'Limba',
  inEnglishNote: 'O parte din această pagină nu este încă tradusă, așa că apare în engleză.',
  outdatedNote: 'Versiunea în engleză a acestei pagini s-a schimbat după traducere. Pagina în engleză are cele mai noi informații.',
  readInEnglish: 'Citește această pagină în engleză',
  home: {
    keyMessages: 'Ce vrem să știe fiecare părinte',
    themes: 'Teme',
    getHelpNow: 'Ajutor acum',
    reassurance: 'Să ceri ajutor este un lucru bun pentru tine și copilul tău. Nimeni nu te va judeca.',
  },
  getHelp: {
    title: 'Ajutor acum',
    description: 'Când și unde să ceri ajutor dacă nu te simți bine în sarcină sau după nașterea copilului, în Kent.',
    sections: {
      emergency: { heading: 'Sună la 999 sau mergi la urgențe (A&E) acum dacă:', intro: 'Este o urgență. Nu aștepta.' },
      urgent: { heading: 'Cere ajutor urgent chiar azi dacă:', intro: 'Ai nevoie de ajutor curând, dar nu este o urgență.' },
      'non-urgent': { heading: 'Vorbește curând cu cineva dacă:', intro: 'Nu este urgent, iar sprijinul există.' },
    },
    findLocal: 'Găsește un serviciu aproape de tine',
  },
  careCard: {
    emergency: 'Sună la 999 sau mergi la urgențe (A&E) acum dacă:',
    urgentFrom: (service) => `Cere ajutor urgent: ${service}, dacă:`,
    contactIf: (service) => `Contactează: ${service}, dacă:`,
    call: (service, phone) => `Sună: ${service}, ${phone}`,
    callNumber: (phone) => `Sună la ${phone}`,
  },
  message: {
    whenToGetHelp: 'Când să ceri ajutor',
    sources: 'De unde vin aceste informații',
    lastReviewed: 'Verificat ultima dată',
    nextReview: 'Următoarea verificare',
  },
  theme: { nothingYet: 'Încă nu există mai mult despre asta.', howToGetHelp: 'Află cum primești ajutor acum' },
  dads: {
    title: 'Pentru tați și co-părinți',
    description: 'A deveni părinte poate fi greu și pentru tați și co-părinți. La ce să fii atent și ce sprijin există în Kent.',
    lead: 'A deveni părinte poate fi greu și pentru tine. Ce simți contează, iar ajutorul există.',
    whatToKnow: 'Ce vrem să știi',
    oneMinute: 'O conversație de un minut',
    oneMinuteIntro: 'Ce ar putea spune o moașă, o asistentă medicală sau un prieten unui tată sau co-părinte:',
    services: 'Sprijin deschis pentru tați și co-părinți',
    seeAll: 'Vezi toate serviciile pentru tați și co-părinți, după zonă',
  },
  services: {
    title: 'Găsește sprijin în Kent',
    description: 'Servicii din Kent pentru părinți și îngrijitori în sarcină și după naștere: după zonă, nevoi și pentru cine sunt.',
    formLabel: 'Filtrează serviciile',
    area: 'Zona din Kent',
    helpWith: 'Ajutor pentru',
    whoFor: 'Pentru cine',
    dadsWelcome: 'Deschis pentru tați și co-părinți',
    need: 'Nivelul de nevoie',
    cost: 'Cost',
    how: 'Cum',
    evenings: 'Seara sau în weekend',
    language: 'Limba',
    search: 'Caută',
    any: 'Oricare',
    show: 'Arată serviciile',
    clear: 'Șterge filtrele',
    count: (n) => (n === 1 ? '1 serviciu' : `${n} servicii`),
    noMatch: 'Niciun serviciu nu se potrivește cu toate filtrele. Alege mai puține filtre sau vezi',
    howToGetHelp: 'cum primești ajutor acum',
    where: 'Unde',
    whoCanUse: 'Cine îl poate folosi',
    runBy: 'Condus de',
    when: 'Când',
    howToContact: 'Cum iei legătura',
  },
  notFound: {
    title: 'Nu am găsit această pagină',
    text: 'Linkul poate fi vechi sau pagina a fost mutată.',
    home: 'Mergi la pagina principală a campaniei',
    help: 'Află cum primești ajutor acum',
  },
  labels: {
    urgency: { 'non-urgent': 'Nu este urgent', urgent: 'Urgent', emergency: 'Urgență' },
    need: { coping: 'Mă descurc', 'getting-help': 'Am nevoie de ajutor', 'getting-more-help': 'Am nevoie de mai mult ajutor', 'getting-risk-support': 'Sprijin când există un risc' },
    supports: { 'perinatal-mental-health': 'Sănătatea mintală în sarcină și după naștere', 'parent-infant-relationships': 'Legătura dintre părinte și copil' },
    cost: { free: 'Gratuit', 'low-cost': 'Cost redus', 'paid-with-bursaries': 'Cu plată, cu burse pentru familiile care au nevoie' },
    delivery: { online: 'Online', 'in-person': 'Față în față', phone: 'La telefon' },
    sector: { nhs: 'NHS', 'local-authority': 'Autoritatea locală', 'voluntary-and-community': 'Organizații comunitare', private: 'Privat' },
  },
}

const words: Record<SiteLocale, SiteWords> = { en: english, pl: polish, ro: romanian }

export const wordsFor = (locale: SiteLocale): SiteWords => words[locale]
