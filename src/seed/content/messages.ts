import type { MessageSeed, SourceSeed } from './types'

// Campaign messages drawn from the facts and themes of the strategy "Nurturing Little Hearts and Minds" (Kent 2024-2029), in our own words.

const STRATEGY = 'Nurturing Little Hearts and Minds, Kent 2024-2029'

const strategy = (supports: string): SourceSeed => ({ title: STRATEGY, supports })

export const messages: MessageSeed[] = [
  {
    slug: 'intrusive-thoughts-are-common',
    title: 'Scary thoughts are common, and not your fault',
    themes: ['intrusive-thoughts', 'asking-for-help-is-safe'],
    audiences: ['all-parents', 'pregnancy', 'baby-under-two'],
    keyMessage: 'Unwanted, scary thoughts are common for new parents. They are not your fault, and you can talk about them.',
    body: [
      'Many parents get sudden thoughts they do not want. For example, a scary picture of your baby getting hurt by accident.',
      'These are called intrusive thoughts. They are common during pregnancy and after birth. Having one does not mean you want it to happen.',
      'Some parents in Kent told us they kept these thoughts secret. They were afraid of being judged. You do not have to keep them secret.',
      'You can tell your midwife, health visitor or GP. They are there to help you, not to judge you.',
      'Ask for support if the thoughts keep coming back, upset you or get in the way of daily life.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Contact your GP, midwife or health visitor if: scary thoughts keep coming back, or upset you a lot.',
      },
      {
        route: 'perinatal-mental-health-helpline',
        urgency: 'non-urgent',
        when: 'Contact the helpline, day or night, if: you would like to talk to someone about these thoughts.',
      },
    ],
    sources: [
      strategy(
        'The strategy asks for one clear message that intrusive thoughts are normal, such as a worried thought that a baby could be hurt by accident (Action 1.2).',
      ),
      strategy('A parent in Kent said she did not mention her intrusive thoughts because she feared being judged (Action 1.2).'),
      strategy('The Perinatal Mental Health Helpline is county-wide and open 24/7 (Appendix 3).'),
    ],
    topicFlags: [],
    socialPost:
      "Had a sudden, scary thought about your baby getting hurt? You're not alone. Unwanted thoughts like this are common for new parents. They are not your fault. You can talk to your midwife, health visitor or GP.",
    hashtags: ['#NurturingLittleHeartsAndMinds', '#KentParents'],
    posterHeadline: "Scary thoughts? You're not alone.",
    posterStrapline: 'Unwanted thoughts are common for new parents. Talk to your midwife, health visitor or GP.',
    oneMinuteConversation: [
      'Lots of new parents get sudden, scary thoughts they do not want.',
      'These thoughts are common, and they are not your fault.',
      'Having one does not mean you want it to happen.',
      'It is OK to tell your midwife, health visitor or GP. They are there to help.',
    ],
  },
  {
    slug: 'baby-blues-or-something-more',
    title: 'Baby blues or something more?',
    themes: ['when-to-seek-help'],
    audiences: ['all-parents', 'pregnancy', 'baby-under-two'],
    keyMessage: 'Feeling weepy in the first days after birth is common. If low or anxious feelings last more than two weeks, get help.',
    body: [
      "Having a baby brings lots of different feelings, and that's OK.",
      'In the first days after giving birth, many people feel weepy, tense or low. This is often called the baby blues. It usually passes within two weeks.',
      'If you still feel low, anxious or numb after two weeks, it may be depression or anxiety. These can also start during pregnancy, or later on.',
      'Mums, dads and co-parents can all be affected. It is not your fault. With the right support, it can get better.',
      'We estimate that over 6,000 parents in Kent could benefit from support with how they feel each year.',
      'Some people have thoughts of suicide or self-harm. If this is you, you are not alone. Please tell someone today.',
      'There is a helpline open day and night. Feelings like these can pass, and help is there.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Contact your GP, midwife or health visitor if: you have felt low, anxious or numb for over two weeks.',
      },
      {
        route: 'perinatal-mental-health-helpline',
        urgency: 'urgent',
        when: 'Contact the helpline, day or night, if: you are struggling to cope, or have thoughts of suicide or self-harm.',
      },
      {
        route: 'nhs-111',
        urgency: 'urgent',
        when: 'Ask for an urgent GP appointment or contact NHS 111 if: you need help today and cannot wait.',
      },
      {
        route: 'emergency-999',
        urgency: 'emergency',
        when: 'Call 999 or go to A&E now if: you feel you might act on thoughts of suicide.',
      },
    ],
    sources: [
      strategy(
        'The strategy estimates that 6,663 parents and carers in Kent could benefit from support for mild-to-moderate mental health difficulties each year (3,560 mums and 3,103 dads and co-parents).',
      ),
      strategy("The strategy uses 'perinatal' to mean from pregnancy until a baby's second birthday."),
      strategy('The Perinatal Mental Health Helpline is county-wide and open 24/7 (Appendix 3).'),
      {
        title: 'NHS: Postnatal depression (as cited in the campaign content-safety guide)',
        supports:
          'The baby blues are common in the first week after birth and usually pass within two weeks.',
      },
    ],
    topicFlags: ['suicide-or-self-harm'],
    socialPost:
      'Weepy or low in the first days after birth? That is common, and it usually passes within two weeks. If low or anxious feelings last longer, talk to your GP, midwife or health visitor. Mums, dads and co-parents can all get help.',
    hashtags: ['#NurturingLittleHeartsAndMinds', '#KentParents'],
    posterHeadline: 'Still feeling low after two weeks?',
    posterStrapline: 'It may be more than the baby blues. Talk to your GP, midwife or health visitor.',
    oneMinuteConversation: [
      'Feeling weepy in the first days after birth is common. It usually passes within two weeks.',
      'If low or anxious feelings last longer, it may be depression or anxiety.',
      'Dads and co-parents can feel this way too.',
      'It can get better with support. A GP or health visitor is a good first step.',
      'If you ever have thoughts of suicide, there is a helpline open day and night.',
    ],
  },
  {
    slug: 'postpartum-psychosis-is-an-emergency',
    title: 'Postpartum psychosis is an emergency',
    themes: ['when-to-seek-help'],
    audiences: ['all-parents', 'pregnancy', 'baby-under-two'],
    keyMessage: 'Postpartum psychosis is rare, serious and treatable. If you see the signs, get emergency help straight away.',
    body: [
      'Postpartum psychosis is a serious mental illness. It can start suddenly after having a baby, most often in the first few weeks.',
      'The person may see or hear things that others cannot. They may believe things that are not true.',
      'They may feel very high, very low or very confused. They may act out of character, or hardly sleep.',
      'The person may not know they are unwell. So partners, family and friends need to know the signs too.',
      'It is an emergency. Call 999 or go to A&E straight away.',
      'It is treatable. With the right care, most people recover fully.',
    ],
    signposts: [
      {
        route: 'emergency-999',
        urgency: 'emergency',
        when: 'Call 999 or go to A&E now if: someone who recently had a baby shows these signs.',
      },
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Contact your GP or midwife if: you are pregnant or planning a baby, and have had serious mental illness.',
      },
    ],
    sources: [
      {
        title: 'Action on Postpartum Psychosis (APP): what is postpartum psychosis',
        supports:
          'Postpartum psychosis is rare (about 1 to 2 in 1,000 births), severe but treatable, starts suddenly in the days and weeks after birth, and is a medical emergency.',
      },
      {
        title: 'NHS: Postpartum psychosis',
        supports:
          'The person may not realise they are unwell, so partners and family need to know the signs; most people make a full recovery with treatment.',
      },
      strategy(
        'The Specialist Community Perinatal Mental Health Service supports women with moderate or severe difficulties before, during and after pregnancy (Appendix 3).',
      ),
    ],
    topicFlags: ['psychosis'],
    socialPost:
      "Postpartum psychosis can start suddenly after having a baby. Signs include confusion, seeing or hearing things others can't, or acting out of character. It's an emergency: call 999 or go to A&E. Most people recover fully with the right care.",
    hashtags: ['#NurturingLittleHeartsAndMinds'],
    posterHeadline: 'Know the signs of postpartum psychosis',
    posterStrapline: 'It is rare, serious and treatable. If you see the signs, call 999 or go to A&E.',
    oneMinuteConversation: [
      'Postpartum psychosis is rare, but it is an emergency.',
      'It can start suddenly in the first weeks after birth.',
      'Signs include confusion, seeing or hearing things others cannot, or acting out of character.',
      'The person may not know they are unwell, so partners need to know the signs.',
      'Call 999 or go to A&E. With the right care, most people recover fully.',
    ],
  },
  {
    slug: 'dads-and-co-parents-struggle-too',
    title: 'Dads and co-parents can struggle too',
    themes: ['dads-and-co-parents', 'when-to-seek-help'],
    audiences: ['dads-and-co-parents', 'pregnancy', 'baby-under-two'],
    keyMessage: 'Becoming a parent can be hard for dads and co-parents too. Your feelings matter, and help is there for you.',
    body: [
      'Dads and co-parents can feel low, anxious or overwhelmed too, in pregnancy or after the birth.',
      'We estimate that over 3,000 dads and co-parents in Kent could benefit from support each year.',
      'You are more likely to struggle if your partner is struggling too. You both deserve support.',
      'Many dads in Kent told us they felt on the outside. Many did not know where to find help, or thought there was none.',
      "Help is there. You can talk to your GP. Your family's midwife or health visitor can help you too, not just your partner and baby.",
      'In North Kent, Dads Space is a safe place to talk. In West Kent, Dads Unlimited offers one-to-one support.',
      'There is also a helpline, open day and night, for anyone who is struggling during pregnancy or after birth.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: "Contact your GP, or your family's midwife or health visitor, if: you feel low or on edge most days.",
      },
      {
        route: 'dads-space',
        urgency: 'non-urgent',
        when: 'Contact Dads Space if: you live in North Kent and would like to talk with other dads.',
      },
      {
        route: 'dads-unlimited',
        urgency: 'non-urgent',
        when: 'Contact Dads Unlimited if: you live in West Kent and would like one-to-one support, including through a separation.',
      },
      {
        route: 'perinatal-mental-health-helpline',
        urgency: 'urgent',
        when: 'Contact the helpline, day or night, if: you are finding it hard to cope and want to talk now.',
      },
    ],
    sources: [
      strategy(
        'The strategy estimates that 3,103 dads and co-parents in Kent could benefit from mild-to-moderate mental health support each year (Appendix 2).',
      ),
      strategy(
        'The strategy notes that dads are more likely to struggle if their partner is struggling too, and uses prevalence rates of 17.5% for dads and 25% for partners of mums referred to specialist care (Appendix 2, citing Darwin et al. 2021).',
      ),
      strategy("Kent dads said they felt 'on the outside' at every stage of pregnancy and early parenthood (Action 2.2)."),
      strategy(
        "37% of dads who had no support in pregnancy said they wanted it; they did not know where to go or thought it did not exist (Action 2.3, quoting the Dads Perinatal Mental Health Support Project).",
      ),
      strategy('Dads Space (North Kent), Dads Unlimited (West Kent) and the 24/7 helpline (county-wide) are listed in Appendix 3.'),
    ],
    topicFlags: [],
    socialPost:
      'Dads and co-parents can struggle too. In Kent, more than 3,000 each year could be helped by support with how they feel. Feeling low, anxious or overwhelmed? Talk to your GP or health visitor. Help is there for you too.',
    hashtags: ['#NurturingLittleHeartsAndMinds', '#DadsMentalHealth', '#KentParents'],
    posterHeadline: 'Dads and co-parents struggle too',
    posterStrapline: 'Your feelings matter. Talk to your GP or health visitor about you.',
    oneMinuteConversation: [
      'How are you doing? Not just your partner and baby, you.',
      'Lots of dads and co-parents feel low, anxious or overwhelmed.',
      'You are more likely to struggle if your partner is struggling too.',
      'Help is there for you, including a helpline open day and night.',
      'Your GP or health visitor is a good place to start.',
    ],
  },
  {
    slug: 'asking-for-help-is-safe',
    title: 'Asking for help is safe',
    themes: ['asking-for-help-is-safe', 'when-to-seek-help'],
    audiences: ['all-parents', 'pregnancy', 'baby-under-two'],
    keyMessage: 'Asking for help with how you feel is part of caring for your baby. It is the right thing to do.',
    body: [
      'Some parents worry that if they say they are struggling, their baby will be taken away. This worry can stop people asking for help.',
      'In a Kent survey, only half of the parents who were struggling asked for help.',
      'A mental health problem is not, on its own, a reason for a baby to be taken into care.',
      'Midwives, health visitors and GPs want to help your family stay well together. Getting help early is good for you and your baby.',
      'Feeling low or anxious does not make you a bad parent. Asking for help shows you care.',
      'Kent is planning training for staff, so that parents feel listened to and supported, not blamed.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Contact your GP, midwife or health visitor if: you are finding things hard, even if it seems small.',
      },
      {
        route: 'perinatal-mental-health-helpline',
        urgency: 'non-urgent',
        when: 'Contact the helpline, day or night, if: you would like to talk things through first.',
      },
    ],
    sources: [
      strategy('Only half of survey respondents who were struggling with their mental health sought support (Action 1.2).'),
      strategy(
        'A parent in Kent said she did not ask for support because she feared what social care might do if she said her mental health was poor (Action 1.2).',
      ),
      strategy(
        'Kent plans trauma-informed training so parents are less likely to feel blamed or feel they are failing when they ask for support (Action 1.1).',
      ),
      {
        title: "Tommy's: Will my baby be taken away? (and Cambridge University Hospitals NHS maternal mental health FAQs)",
        supports:
          'A baby is not taken into care just because a parent has a mental health problem, and asking for help is good for the baby.',
      },
    ],
    topicFlags: [],
    socialPost:
      'Worried asking for help could mean losing your baby? A mental health problem is not, on its own, a reason for a baby to be taken into care. Asking for help is part of caring for your baby. Talk to your midwife, health visitor or GP.',
    hashtags: ['#NurturingLittleHeartsAndMinds', '#KentParents'],
    posterHeadline: 'Asking for help is safe',
    posterStrapline: 'Talking about how you feel is part of caring for your baby.',
    oneMinuteConversation: [
      'Lots of parents worry that asking for help could mean losing their baby.',
      'A mental health problem is not, on its own, a reason for a baby to go into care.',
      'Getting help early is good for the whole family.',
      'Feeling this way does not make you a bad parent.',
      'I can help you find the right support.',
    ],
  },
  {
    slug: 'bonding-takes-time',
    title: 'Bonding with your baby can take time',
    themes: ['bonding'],
    audiences: ['all-parents', 'baby-under-two'],
    keyMessage: 'Not feeling close to your baby straight away is common. Your bond can grow over time, and help is there.',
    body: [
      'Some parents feel close to their baby straight away. Others do not, and that is OK.',
      'In a Kent survey, nearly 1 in 5 parents said bonding with their baby had been hard.',
      'Babies feel safe when they get warm, caring responses most of the time. It does not have to be perfect.',
      'Comforting your baby when they cry helps them learn that you will be there.',
      'Babies can bond with more than one person. Mums, dads, co-parents and grandparents all matter.',
      'Worry, low mood or feeding problems can make bonding harder. This is not your fault.',
      'If you feel distant from your baby, or you are worried, tell your health visitor. They are trained to help with this.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Contact your health visitor, midwife or GP if: you feel distant from your baby, or worry about your bond.',
      },
      {
        route: 'family-partnership-programme',
        urgency: 'non-urgent',
        when: 'Contact your health visitor about this programme if: your baby is under one and you would like regular support.',
      },
      {
        route: 'home-start',
        urgency: 'non-urgent',
        when: 'Contact Home-Start if: you live in an area it covers and would like support from a volunteer.',
      },
    ],
    sources: [
      strategy(
        'Nearly one in five parents and carers in the strategy survey (19.57%) reported difficulties bonding with their baby; the survey was small (Appendix 1).',
      ),
      strategy('Warm and sensitive care most of the time helps babies form a secure attachment (Background).'),
      strategy('Babies do best with a network of secure relationships, for example with mum and dad (Background).'),
      strategy('Feeding difficulties and anxiety can affect how a parent bonds with their baby (Background, infant feeding).'),
      strategy('All health visitors in Kent are trained in the Solihull approach, which supports parent-baby relationships.'),
    ],
    topicFlags: [],
    socialPost:
      "Not feeling close to your baby straight away? You're not alone. In a Kent survey, nearly 1 in 5 parents said bonding had been hard. Your bond can grow with time and support. Your health visitor can help.",
    hashtags: ['#NurturingLittleHeartsAndMinds', '#KentParents'],
    posterHeadline: 'Bonding can take time',
    posterStrapline: 'Feeling distant from your baby is common. Your health visitor can help.',
    oneMinuteConversation: [
      'Not everyone feels close to their baby straight away.',
      'A bond can grow over time, with support.',
      'Babies can bond with dads, co-parents and grandparents too.',
      'Comforting your baby when they cry helps them feel safe.',
      'Your health visitor can help if you are worried.',
    ],
  },
  {
    slug: 'a-hard-birth-can-stay-with-you',
    title: 'A hard birth can stay with you',
    themes: ['birth-trauma', 'when-to-seek-help'],
    audiences: ['all-parents', 'baby-under-two'],
    keyMessage: 'If your birth felt frightening or traumatic, it is OK to say so. Support is there for you.',
    body: [
      'Birth does not always go to plan. Some parents find parts of it frightening or overwhelming.',
      'It can stay with you afterwards. You might keep thinking about it, or feel upset, numb or on edge.',
      'This can happen to the person who gave birth. It can also happen to a birth partner who was there.',
      'Kent wants staff to ask every parent: did you find any part of your birth traumatic? You can bring it up yourself, too.',
      'Support ranges from someone to listen to specialist therapy. Your midwife, health visitor or GP can help you find the right support.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Contact your GP, midwife or health visitor if: your birth keeps coming back to you, or affects daily life.',
      },
      {
        route: 'baby-umbrella',
        urgency: 'non-urgent',
        when: 'Contact Baby Umbrella if: you live in West Kent and would like to talk through your birth.',
      },
      {
        route: 'womens-health-counselling-service',
        urgency: 'non-urgent',
        when: "Contact the Women's Health Counselling Service if: you live in East Kent and had a traumatic birth.",
      },
      {
        route: 'thrive',
        urgency: 'non-urgent',
        when: 'Contact your GP about Thrive if: you are still struggling after help from NHS Talking Therapies.',
      },
    ],
    sources: [
      strategy(
        'The strategy describes trauma on the journey to parenthood, including labour and birth, and plans trauma-informed training for staff (Action 1.1).',
      ),
      strategy(
        "The strategy asks professionals to ask all parents: 'did you find any element of your birth journey traumatic?' (Action 1.3).",
      ),
      strategy(
        "Baby Umbrella, the Women's Health Counselling Service and Thrive all support parents after a difficult or traumatic birth (Appendix 3).",
      ),
    ],
    topicFlags: ['birth-trauma'],
    socialPost:
      'Did your birth feel frightening or traumatic? It can stay with you, and it is OK to say so. This goes for birth partners too. Talk to your midwife, health visitor or GP. Support is there, from someone to listen to specialist therapy.',
    hashtags: ['#NurturingLittleHeartsAndMinds', '#BirthTrauma'],
    posterHeadline: 'Did your birth feel traumatic?',
    posterStrapline: "It's OK to talk about it. Your midwife, health visitor or GP can help.",
    oneMinuteConversation: [
      'Birth does not always go to plan, and that can stay with you.',
      'Birth partners can be affected too.',
      'Ask: did you find any part of the birth traumatic?',
      'Support ranges from someone to listen to specialist therapy.',
      'A GP or health visitor can help find the right support.',
    ],
  },
  {
    slug: 'one-minute-interaction-with-dads',
    title: 'One minute with a dad can open the door to help',
    themes: ['dads-and-co-parents', 'asking-for-help-is-safe'],
    audiences: ['professionals', 'dads-and-co-parents'],
    keyMessage: 'A short, warm chat with a dad or co-parent can make it easier to ask for help later.',
    body: [
      "Many dads in Kent feel 'on the outside' during pregnancy and after birth. A Kent project with dads found two big barriers.",
      'Dads found it hard to talk to professionals. And they did not know where to find support.',
      'Among dads who had no support in pregnancy, 37% said they wanted it. They did not know where to go, or thought there was nothing for them.',
      'The One Minute Interaction is a pilot to change this. Anyone who meets a dad can use it, wherever he comes into contact with services.',
      'It takes about 60 seconds, with a small fold-out information card (a Z-card). It aims to give dads a good first contact with support.',
      'That makes them more likely to ask for help later. It also shares basic facts about how babies develop, and the part dads play.',
      "Ask dads and co-parents about their mental health with the same questions you ask mums. If a children's centre near you runs a Dads' induction, mention it.",
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Suggest they contact their GP if: they say they feel low, worried or on edge most days.',
      },
      {
        route: 'dads-space',
        urgency: 'non-urgent',
        when: 'Tell them about Dads Space if: they live in North Kent and would like to talk with other dads.',
      },
      {
        route: 'dads-unlimited',
        urgency: 'non-urgent',
        when: 'Tell them about Dads Unlimited if: they live in West Kent and want one-to-one support.',
      },
      {
        route: 'perinatal-mental-health-helpline',
        urgency: 'urgent',
        when: 'Share the helpline details if: they are struggling to cope now. It is open day and night.',
      },
    ],
    sources: [
      strategy(
        "The Kent Dads Perinatal Support Project found two main issues: dads found it hard to interact with professionals and did not know where to get support ('Engaging Dads in Perinatal Mental Health Support').",
      ),
      strategy(
        "The One Minute Interaction is a pilot: any professional or community member can use it when dads 'bump into' the system, supported by a Z-card, for about 60 seconds. It aims to give a positive contact that encourages future help-seeking, and basic information on infant development and the dad's role.",
      ),
      strategy("Pilot children's centres will run monthly Dads' induction sessions, which the One Minute Interaction can promote."),
      strategy(
        '37% of dads who had no support in pregnancy said they wanted it; they did not know where to go or thought it did not exist (Action 2.3).',
      ),
      strategy('Dads and co-parents should be asked the same mental health questions as mums (Action 1.3).'),
      strategy("Dads felt 'on the outside' at all stages of the perinatal journey (Action 2.2)."),
    ],
    topicFlags: [],
    socialPost:
      'Work with families in Kent? One warm minute with a dad or co-parent can make it easier for them to ask for help later. Ask how they are doing, show them where support is, and tell them their role matters.',
    hashtags: ['#NurturingLittleHeartsAndMinds', '#DadsMentalHealth', '#OneMinuteInteraction'],
    posterHeadline: 'One minute can make a difference',
    posterStrapline: 'Ask dads and co-parents how they are, and show them where to find support.',
    oneMinuteConversation: [
      'How are you doing? Not just your partner and baby, you.',
      'Lots of dads and co-parents find this time hard. That is normal, and help is there.',
      "Your baby's brain grows fast in the first two years, and you play a big part.",
      'Here is where you can find support, for you as well as your family.',
      'If you ever feel you cannot cope, talk to your GP or call the helpline, day or night.',
    ],
  },
  {
    slug: 'feeding-and-feelings',
    title: 'Feeding your baby can affect how you feel',
    themes: ['when-to-seek-help', 'bonding'],
    audiences: ['all-parents', 'baby-under-two'],
    keyMessage: 'Feeding can be harder than people expect. If it is getting you down, you can talk to someone.',
    body: [
      'Feeding a new baby takes a lot of time and energy. It does not always go the way you planned.',
      'Worry about feeding can leave parents feeling low, anxious or guilty. This is common.',
      'Your midwife or health visitor can help with feeding and with how you feel about it.',
    ],
    signposts: [
      {
        route: 'gp-midwife-health-visitor',
        urgency: 'non-urgent',
        when: 'Talk to your midwife or health visitor if: feeding worries are getting you down or keeping you awake.',
      },
      {
        route: 'baby-umbrella',
        urgency: 'non-urgent',
        when: 'Contact Baby Umbrella in West Kent if: you would like to talk through a hard time with feeding.',
      },
    ],
    sources: [strategy('Baby Umbrella supports families with difficult experiences of feeding (Appendix 3 and Appendix 4).')],
    topicFlags: [],
    socialPost: 'Feeding not going to plan? It can affect how you feel, and that is common. Your midwife or health visitor can help with both.',
    hashtags: ['#NurturingLittleHeartsAndMinds'],
    posterHeadline: 'Feeding getting you down?',
    posterStrapline: 'It is common. Your midwife or health visitor can help.',
    oneMinuteConversation: [
      'Feeding can be hard, and it can affect how parents feel.',
      'Feeling low or guilty about feeding is common.',
      'A midwife or health visitor can help with feeding and feelings.',
    ],
  },
  {
    slug: 'home-start-volunteers',
    title: 'A Home-Start volunteer can visit you',
    themes: ['when-to-seek-help', 'asking-for-help-is-safe'],
    audiences: ['all-parents', 'baby-under-two'],
    keyMessage: 'In parts of Kent, Home-Start volunteers visit families with young children to offer practical and emotional support.',
    body: [
      'Home-Start volunteers are parents themselves. They visit families with children under five.',
      'They can help with everyday things and listen when things feel hard.',
      'Ask your health visitor if Home-Start works in your area.',
    ],
    signposts: [
      {
        route: 'home-start',
        urgency: 'non-urgent',
        when: 'Ask about Home-Start if: you would like regular, friendly support at home.',
      },
    ],
    sources: [strategy('Home-Start offers practical and emotional support from volunteers in several Kent districts (Appendix 3).')],
    topicFlags: [],
    socialPost: 'Home-Start volunteers visit families with young children in parts of Kent. Practical help and a friendly ear. Ask your health visitor.',
    hashtags: ['#NurturingLittleHeartsAndMinds'],
    posterHeadline: 'Support at home',
    posterStrapline: 'Home-Start volunteers visit families with young children.',
    oneMinuteConversation: [
      'Home-Start volunteers visit families with young children.',
      'They offer practical help and someone to talk to.',
      'A health visitor can say if Home-Start works locally.',
    ],
  },
  {
    slug: 'hugs-pregnancy-group',
    title: 'HUGS: an online group during pregnancy',
    themes: ['when-to-seek-help'],
    audiences: ['pregnancy', 'mums'],
    keyMessage: 'HUGS is an online antenatal group that helps you look after your wellbeing during pregnancy and beyond.',
    body: [
      'HUGS stands for Helping Us Grow Stronger. It is a group for pregnant women, run online.',
      'It helps you look after your mental wellbeing during pregnancy and after your baby arrives.',
      'Ask your midwife about joining.',
    ],
    signposts: [
      {
        route: 'hugs-helping-us-grow-stronger',
        urgency: 'non-urgent',
        when: 'Ask your midwife about HUGS if: you would like support with your wellbeing while you are pregnant.',
      },
    ],
    sources: [strategy('HUGS is a Kent-wide antenatal group run online (Appendix 3).')],
    topicFlags: [],
    socialPost: 'Pregnant in Kent? HUGS is an online group to help you look after your wellbeing during pregnancy and beyond. Ask your midwife.',
    hashtags: ['#NurturingLittleHeartsAndMinds'],
    posterHeadline: 'HUGS in pregnancy',
    posterStrapline: 'An online group for your wellbeing. Ask your midwife.',
    oneMinuteConversation: [
      'HUGS is an online group for pregnant women.',
      'It helps with wellbeing during pregnancy and after birth.',
      'A midwife can explain how to join.',
    ],
  },
]
