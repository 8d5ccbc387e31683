// The words of the campaign's emails. Parent-facing emails and the shared footer come in every site language;
// emails to partners and the campaign team are in English only (teamEmailWords). Plain data, no framework,
// like siteWords, so templates, tests and the content checks read the same strings.
//
// Polish and Romanian were drafted by the team in plain words. A native speaker must check them before
// launch (docs/translations.md). The type makes every language supply every string, so none is ever blank.

import type { SiteLocale } from './siteWords'

const campaignName = 'Nurturing Little Hearts and Minds'

/** "1 day", "3 days": Intl picks the plural form, each language names the forms it has. */
const counted = (locale: string, forms: Partial<Record<Intl.LDMLPluralRule, (n: number) => string>> & { other: (n: number) => string }) => {
  const rules = new Intl.PluralRules(locale)
  return (n: number) => (forms[rules.select(n)] ?? forms.other)(n)
}

/** "A, B and C" in the language's own way. */
const listed = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)

const english = {
  campaignName,
  checkYourEmail: 'Check your email for a link to confirm your address.',
  chooseAList: 'Choose at least one kind of email.',
  footer: {
    becauseSomeoneAsked: 'You get this email because someone asked for campaign emails with this address on our website.',
    becauseYouJoined: (lists: string[]) =>
      lists.length > 0 ? `You get this email because you signed up for: ${listed('en-GB', lists)}.` : 'You get this email because you signed up for campaign emails.',
    helpNow: 'Need help now?',
    helpLink: 'Get help now, day or night',
    sender: "This email is from the Nurturing Little Hearts and Minds campaign team, for Kent and Medway's perinatal mental health strategy.",
    preferences: 'Change which emails you get',
    unsubscribe: 'Unsubscribe from these emails',
  },
  copyLink: 'If the button does not work, copy the address below into your web browser:',
  subscriptionConfirm: {
    subject: 'Please confirm your email',
    preheader: 'One tap to start getting our emails. If you did not ask for them, you can ignore this.',
    heading: 'Please confirm your email',
    youAsked: 'This email address was signed up for:',
    confirm: 'Please confirm that this is your email address. Then we will start sending them.',
    button: 'Yes, send me these emails',
    expires: counted('en', { one: () => 'The link works for 1 day.', other: (n) => `The link works for ${n} days.` }),
    notYou: 'If you did not ask for this, you can ignore this email. We will not send you anything else.',
  },
  subscriptionAlready: {
    subject: 'You already get our emails',
    preheader: 'Someone tried to sign up with this email address. You can change what you get at any time.',
    heading: 'You already get our emails',
    text: 'Someone, probably you, tried to sign up with this email address. It is already on our list, so nothing has changed.',
    change: 'You can change which emails you get, or stop them, at any time.',
    button: 'Change which emails I get',
    notYou: 'If it was not you, you can ignore this email.',
  },
  welcome: {
    subject: `Welcome to ${campaignName}`,
    preheader: 'Thank you for joining us. Here is what we will send you, and where to find help.',
    heading: 'Welcome, and thank you for joining us',
    lead: "Having a baby brings lots of different feelings, and that's OK. We will send short emails about how parents feel in pregnancy and after birth, and where to find support.",
    whatYouGet: 'What you will get',
    helpHeading: 'You do not have to wait for an email',
    helpText:
      'If things feel hard, talk to your midwife, health visitor or GP. Asking for help is the right thing for you and your baby. You will not be judged.',
    helpLink: 'See where to get help, day or night',
    change: 'Change which emails you get',
  },
  message: {
    // Link text says where it goes (WCAG 2.4.4; the campaign's own check warns on "read more").
    readMore: 'Read the whole message',
    readMoreInEnglish: 'Read the whole message (in English)',
    inEnglishNote: 'This message is not in your language yet, so it is shown in English.',
    support: {
      heading: 'If you are thinking about suicide or harming yourself',
      line: 'You do not have to wait. Help is there day and night, and you can talk to someone now. Feelings like these can pass.',
    },
  },
}

export type EmailWords = typeof english

const polish: EmailWords = {
  campaignName,
  checkYourEmail: 'Sprawdź swoją skrzynkę e-mail: wysłaliśmy link do potwierdzenia adresu.',
  chooseAList: 'Wybierz co najmniej jeden rodzaj e-maili.',
  footer: {
    becauseSomeoneAsked: 'Dostajesz ten e-mail, bo ktoś poprosił na naszej stronie o e-maile kampanii dla tego adresu.',
    becauseYouJoined: (lists) =>
      lists.length > 0 ? `Dostajesz ten e-mail, bo zapisano Cię na: ${listed('pl', lists)}.` : 'Dostajesz ten e-mail, bo zapisano Cię na e-maile kampanii.',
    helpNow: 'Potrzebujesz pomocy teraz?',
    helpLink: 'Pomoc teraz, w dzień i w nocy',
    sender:
      'Ten e-mail wysyła zespół kampanii Nurturing Little Hearts and Minds w ramach strategii hrabstw Kent i Medway dotyczącej zdrowia psychicznego w ciąży i po porodzie.',
    preferences: 'Zmień, jakie e-maile dostajesz',
    unsubscribe: 'Wypisz się z tych e-maili',
  },
  copyLink: 'Jeśli przycisk nie działa, skopiuj poniższy adres do przeglądarki:',
  subscriptionConfirm: {
    subject: 'Potwierdź swój adres e-mail',
    preheader: 'Jedno kliknięcie i zaczniesz dostawać nasze e-maile. Jeśli to nie Ty, zignoruj tę wiadomość.',
    heading: 'Potwierdź swój adres e-mail',
    youAsked: 'Ten adres e-mail zapisano na:',
    confirm: 'Potwierdź, że to Twój adres e-mail. Wtedy zaczniemy je wysyłać.',
    button: 'Tak, chcę dostawać te e-maile',
    expires: counted('pl', { one: () => 'Link działa przez 1 dzień.', other: (n) => `Link działa przez ${n} dni.` }),
    notYou: 'Jeśli to nie Ty, możesz zignorować tę wiadomość. Nie wyślemy Ci nic więcej.',
  },
  subscriptionAlready: {
    subject: 'Już dostajesz nasze e-maile',
    preheader: 'Ktoś próbował zapisać ten adres e-mail. W każdej chwili możesz zmienić, co dostajesz.',
    heading: 'Już dostajesz nasze e-maile',
    text: 'Ktoś, pewnie Ty, próbował zapisać ten adres e-mail. Jest już na naszej liście, więc nic się nie zmieniło.',
    change: 'W każdej chwili możesz zmienić, jakie e-maile dostajesz, albo z nich zrezygnować.',
    button: 'Zmień, jakie e-maile dostaję',
    notYou: 'Jeśli to nie Ty, możesz zignorować tę wiadomość.',
  },
  welcome: {
    subject: `Witamy w ${campaignName}`,
    preheader: 'Dziękujemy, że jesteś z nami. Oto co będziemy wysyłać i gdzie szukać pomocy.',
    heading: 'Witamy i dziękujemy, że jesteś z nami',
    lead: 'Narodziny dziecka przynoszą wiele różnych uczuć i to jest w porządku. Będziemy wysyłać krótkie e-maile o tym, jak czują się rodzice w ciąży i po porodzie, oraz gdzie szukać wsparcia.',
    whatYouGet: 'Co będziesz dostawać',
    helpHeading: 'Nie musisz czekać na e-mail',
    helpText:
      'Jeśli jest Ci trudno, porozmawiaj z położną, wizytatorką zdrowia (health visitor) lub lekarzem rodzinnym (GP). Prośba o pomoc to dobra decyzja dla Ciebie i Twojego dziecka. Nikt nie będzie Cię oceniać.',
    helpLink: 'Zobacz, gdzie szukać pomocy, w dzień i w nocy',
    change: 'Zmień, jakie e-maile dostajesz',
  },
  message: {
    readMore: 'Przeczytaj całą wiadomość',
    readMoreInEnglish: 'Przeczytaj całą wiadomość (po angielsku)',
    inEnglishNote: 'Ta wiadomość nie jest jeszcze przetłumaczona, dlatego jest po angielsku.',
    support: {
      heading: 'Jeśli myślisz o samobójstwie lub o zrobieniu sobie krzywdy',
      line: 'Nie musisz czekać. Pomoc jest dostępna w dzień i w nocy i możesz porozmawiać z kimś już teraz. Takie uczucia mogą minąć.',
    },
  },
}

const romanian: EmailWords = {
  campaignName,
  checkYourEmail: 'Verifică-ți e-mailul: ți-am trimis un link pentru a confirma adresa.',
  chooseAList: 'Alege cel puțin un tip de e-mailuri.',
  footer: {
    becauseSomeoneAsked: 'Primești acest e-mail pentru că cineva a cerut pe site-ul nostru e-mailurile campaniei pentru această adresă.',
    becauseYouJoined: (lists) =>
      lists.length > 0 ? `Primești acest e-mail pentru că te-ai abonat la: ${listed('ro', lists)}.` : 'Primești acest e-mail pentru că te-ai abonat la e-mailurile campaniei.',
    helpNow: 'Ai nevoie de ajutor acum?',
    helpLink: 'Ajutor acum, zi și noapte',
    sender:
      'Acest e-mail este trimis de echipa campaniei Nurturing Little Hearts and Minds, pentru strategia din Kent și Medway privind sănătatea mintală în sarcină și după naștere.',
    preferences: 'Schimbă ce e-mailuri primești',
    unsubscribe: 'Dezabonează-te de la aceste e-mailuri',
  },
  copyLink: 'Dacă butonul nu funcționează, copiază adresa de mai jos în browser:',
  subscriptionConfirm: {
    subject: 'Confirmă adresa de e-mail',
    preheader: 'Un singur clic și începi să primești e-mailurile noastre. Dacă nu le-ai cerut, ignoră acest mesaj.',
    heading: 'Confirmă adresa de e-mail',
    youAsked: 'Această adresă de e-mail a fost înscrisă pentru:',
    confirm: 'Te rugăm să confirmi că aceasta este adresa ta de e-mail. Apoi începem să ți le trimitem.',
    button: 'Da, vreau aceste e-mailuri',
    // Romanian says "20 de zile" from twenty on: Intl's "other" form.
    expires: counted('ro', {
      one: () => 'Linkul funcționează o zi.',
      few: (n) => `Linkul funcționează ${n} zile.`,
      other: (n) => `Linkul funcționează ${n} de zile.`,
    }),
    notYou: 'Dacă nu ai cerut asta, poți ignora acest e-mail. Nu îți mai trimitem nimic.',
  },
  subscriptionAlready: {
    subject: 'Primești deja e-mailurile noastre',
    preheader: 'Cineva a încercat să înscrie această adresă de e-mail. Poți schimba oricând ce primești.',
    heading: 'Primești deja e-mailurile noastre',
    text: 'Cineva, probabil tu, a încercat să înscrie această adresă de e-mail. Este deja pe lista noastră, deci nu s-a schimbat nimic.',
    change: 'Poți schimba oricând ce e-mailuri primești sau le poți opri.',
    button: 'Schimbă ce e-mailuri primesc',
    notYou: 'Dacă nu ai fost tu, poți ignora acest e-mail.',
  },
  welcome: {
    subject: `Bine ai venit la ${campaignName}`,
    preheader: 'Îți mulțumim că ni te-ai alăturat. Iată ce îți vom trimite și unde găsești ajutor.',
    heading: 'Bine ai venit și îți mulțumim',
    lead: 'Venirea unui copil aduce multe sentimente diferite, și este în regulă. Îți vom trimite e-mailuri scurte despre cum se simt părinții în sarcină și după naștere și unde găsești sprijin.',
    whatYouGet: 'Ce vei primi',
    helpHeading: 'Nu trebuie să aștepți un e-mail',
    helpText:
      'Dacă îți este greu, vorbește cu moașa, cu asistenta medicală comunitară (health visitor) sau cu medicul de familie (GP). Să ceri ajutor este un lucru bun pentru tine și copilul tău. Nimeni nu te va judeca.',
    helpLink: 'Vezi unde găsești ajutor, zi și noapte',
    change: 'Schimbă ce e-mailuri primești',
  },
  message: {
    readMore: 'Citește tot mesajul',
    readMoreInEnglish: 'Citește tot mesajul (în engleză)',
    inEnglishNote: 'Acest mesaj nu este încă tradus, așa că apare în engleză.',
    support: {
      heading: 'Dacă te gândești la sinucidere sau să îți faci rău',
      line: 'Nu trebuie să aștepți. Ajutorul există zi și noapte, și poți vorbi cu cineva chiar acum. Aceste sentimente pot trece.',
    },
  },
}

const words: Record<SiteLocale, EmailWords> = { en: english, pl: polish, ro: romanian }

export const emailWordsFor = (locale: SiteLocale): EmailWords => words[locale]

/** Emails to partners and to the campaign team: English only, plain and short all the same. */
export const teamEmailWords = {
  partnerDigest: {
    subject: 'New campaign materials and dates to share',
    preheader: (since: string, materials: number, moments: number) =>
      `Since ${since}: ${materials === 1 ? '1 new material' : `${materials} new materials`} and ${moments === 1 ? '1 date' : `${moments} dates`} coming up.`,
    heading: 'New to share with parents and carers',
    lead: (since: string) => `Here is what is new since ${since}, ready to share with the parents and carers you work with.`,
    materials: 'New materials',
    noMaterials: 'There are no new materials this time.',
    moments: 'Dates coming up',
    noMoments: 'There are no new dates this time.',
    library: 'See all the campaign materials',
  },
  bulletin: {
    links: 'Find out more',
  },
  reviewReminder: {
    subject: (count: number) => (count === 1 ? '1 message is due for its review' : `${count} messages are due for their review`),
    preheader: (first: string) => `Please check "${first}" so its facts and services stay right.`,
    heading: 'Messages due for review',
    hello: (name: string) => `Hello ${name},`,
    intro: 'These messages you look after are due for their regular check. The check keeps the facts, numbers and services in them right.',
    dueHeading: 'Due for review',
    dueBy: (date: string) => `Review by ${date}`,
    overdue: (date: string) => `The review was due on ${date}`,
    open: (title: string) => `Open "${title}" in the CMS`,
    services: 'If a service or phone number has changed, please update it in the service registry too.',
  },
  reviewRequest: {
    subject: (title: string) => `Please review: ${title}`,
    preheader: (requestedBy: string) => `${requestedBy} asked you to review a message before it goes to parents and carers.`,
    heading: 'A message is ready for your review',
    hello: (name: string) => `Hello ${name},`,
    asked: (requestedBy: string) => `${requestedBy} asked you to review this message before it goes to parents and carers.`,
    theMessage: 'The message',
    note: (requestedBy: string) => `A note from ${requestedBy}`,
    button: 'Open the message to review',
  },
  partner: {
    hello: (name: string) => `Hello ${name},`,
    confirm: {
      subject: 'Confirm your email',
      preheader: 'Confirm your email to use the campaign materials',
      heading: 'Confirm your email',
      thanks:
        'Thank you for signing up to use the campaign materials with the parents and carers you work with. Please confirm this is your email address:',
      button: 'Confirm my email',
      expires: 'The link works for two days. If you did not sign up, you can ignore this email: nothing happens.',
      reason: 'You get this email because someone signed up as a campaign partner with this email address.',
    },
    already: {
      subject: 'You already have an account',
      preheader: 'Someone tried to sign up with this email address',
      heading: 'You already have an account',
      text: 'Someone, probably you, tried to sign up with this email address, but it already has an account.',
      signIn: 'Sign in to your partner account',
      notYou: 'If it was not you, you can ignore this email.',
      reason: 'You get this email because someone tried to sign up as a campaign partner with this email address.',
    },
  },
}
