import type { TranslationSeed } from './types'

// Translations of starter messages, so the Polish pages, feed and library are not empty on a fresh start.
// DRAFT TRANSLATIONS: drafted by the team in plain words, not by a native speaker. A native speaker who knows
// perinatal services must check them before the campaign is promoted in that language (docs/translations.md);
// the note below goes into the message's review history, so reviewers see it in the admin.

export const translationDraftNote =
  'The Polish translation is a draft by the team: a native speaker who knows perinatal services must check it before it is promoted.'

export const translations: TranslationSeed[] = [
  {
    slug: 'asking-for-help-is-safe',
    locale: 'pl',
    title: 'Prośba o pomoc jest bezpieczna',
    keyMessage: 'Prośba o pomoc, gdy źle się czujesz, jest częścią opieki nad dzieckiem. To dobry krok.',
    body: [
      'Niektórzy rodzice boją się, że jeśli powiedzą, że sobie nie radzą, zabiorą im dziecko. Ten strach może powstrzymywać przed proszeniem o pomoc.',
      'W badaniu w hrabstwie Kent tylko połowa rodziców, którym było trudno, poprosiła o pomoc.',
      'Problem ze zdrowiem psychicznym sam w sobie nie jest powodem, by dziecko trafiło pod opiekę zastępczą.',
      'Położne, wizytatorki zdrowia i lekarze rodzinni chcą pomóc Twojej rodzinie być razem i dobrze się czuć. Wczesna pomoc jest dobra dla Ciebie i dla dziecka.',
      'Smutek lub niepokój nie czynią z Ciebie złego rodzica. Prośba o pomoc pokazuje, że Ci zależy.',
      'Kent planuje szkolenia dla personelu, aby rodzice czuli się wysłuchani i wspierani, a nie obwiniani.',
    ],
    signpostWhen: [
      'Skontaktuj się z lekarzem rodzinnym, położną lub wizytatorką zdrowia, jeśli: jest Ci trudno, nawet jeśli wydaje się to drobnostką.',
      'Zadzwoń na infolinię, w dzień lub w nocy, jeśli: chcesz najpierw z kimś porozmawiać.',
    ],
    socialPost:
      'Boisz się, że prośba o pomoc oznacza utratę dziecka? Sam problem ze zdrowiem psychicznym nie jest powodem, by je zabrać. Prośba o pomoc to część opieki nad dzieckiem. Porozmawiaj z położną lub lekarzem rodzinnym.',
    posterHeadline: 'Prośba o pomoc jest bezpieczna',
    posterStrapline: 'Rozmowa o tym, jak się czujesz, jest częścią opieki nad dzieckiem.',
    oneMinuteConversation: [
      'Wielu rodziców boi się, że prośba o pomoc może oznaczać utratę dziecka.',
      'Problem ze zdrowiem psychicznym sam w sobie nie jest powodem, by dziecko trafiło pod opiekę zastępczą.',
      'Wczesna pomoc jest dobra dla całej rodziny.',
      'Takie uczucia nie czynią z Ciebie złego rodzica.',
      'Mogę pomóc Ci znaleźć odpowiednie wsparcie.',
    ],
  },
]
