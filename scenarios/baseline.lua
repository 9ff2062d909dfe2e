-- baseline.lua: the academy's baseline assessment.
--
-- A short first call with the practice manager of a three-office dental
-- group.  Every trainee meets the same eleven moments, in the same order,
-- with at most two small detours, so results are comparable.  At each moment
-- the options separate the four skills: one mainly empathetic, one mainly
-- listening, one mainly problem-solving and, at most moments, one pushy.
-- Which one fits best depends on the moment (he is frazzled, he is giving
-- details, he is naming a problem), so the call measures judgment as well
-- as habit: the option that fits carries three points of its skill and
-- points of the others besides, and earns more trust; an option that does
-- not fit the moment carries two points of its skill only.  So a trainee who
-- plays one skill throughout still measures as that skill (it is the most
-- of that skill on offer at every moment), and only reading the moment
-- scores high.
--
-- The wording must not give the fit away: the option that fits is not the
-- longest, the one with two moves in it, or always the question.  Each
-- option has wordings of different lengths and forms (the session's seed
-- picks one), the options that don't fit are as polished as the one that
-- does (empathy when he is thinking out loud, a good question when he is
-- frazzled, a sound plan before he feels heard), and the pushes are often
-- polite "you"-centred questions.  Sources: SPIN (Rackham) for the question
-- types, AELS (Drollinger) for sensing, processing and responding, and the
-- Challenger finding that agreeable alone ranks last.
--
-- Hidden meter: trust.  The best-fitting option earns +6, the other
-- relationship options +1 or +2, a push costs 8 to 10.  The biggest deal
-- needs high trust and the key facts, so any push rules it out.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- "a", "a and b", "a, b and c".
local function join(list)
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list]
end

-- The proposal for the owner: the deal follows trust and what was learned.
local function close_plan(s)
  if s.trust >= 85 and known(s, "noshow", "owner", "tool", "timeline") then
    return "won_big"
  elseif s.trust >= 60 then
    return "won_year"
  elseif s.trust >= 40 then
    return "won_small"
  elseif s.trust >= 20 then
    return "stalled"
  end
  return "lost"
end

-- Handing the next step back to Jamal.
local function close_his_call(s)
  if s.trust >= 60 and s.facts.noshow then return "won_year" end
  if s.trust >= 40 then return "won_small" end
  if s.trust >= 20 then return "stalled" end
  return "lost"
end

-- No next step at all.
local function close_no_rush(s)
  if s.trust >= 50 then return "won_small" end
  if s.trust >= 20 then return "stalled" end
  return "lost"
end

-- A hard close.
local function close_push(s)
  if s.trust >= 70 then return "won_small" end
  if s.trust >= 35 then return "stalled" end
  return "lost"
end

return scenario {
  id = "baseline",
  title = "Baseline assessment: a first call",
  module = "baseline",
  difficulty = "beginner",
  version = "2.0",
  minutes = 10,
  currency = "USD",
  brief = "Jamal Oyelaran manages the three offices of Riverbend Family Dental "
    .. "around Austin. Last night he filled out a form on your website about "
    .. "BrightBook, your online booking and text-reminder service, and he has "
    .. "a few minutes for a first call. This call is an assessment: the coach "
    .. "stays quiet until the end, then shows which skill to work on first. "
    .. "Answer the way you would on a real call.",
  prospect = {
    name = "Jamal Oyelaran",
    role = "Practice Manager",
    company = "Riverbend Family Dental",
    persona = "Warm, talkative and stretched thin. He runs schedules, staff "
      .. "and supplies for three offices, and he opens up to people who seem "
      .. "to care about the answer more than the sale.",
  },

  state = {
    trust = { start = 30, min = 0, max = 100 },
  },

  facts = {
    phones = "The front desk is overloaded: Keisha Marroquin at the Elm Street office "
      .. "answers about a hundred calls a day and makes the reminder calls in "
      .. "between.",
    noshow = "About sixty no-shows a week across three offices, at roughly "
      .. "$150 a visit: some $9,000 a week, over $400,000 a year.",
    tool = "A cheap reminder app last year texted patients at 6 a.m.; the "
      .. "owner fielded complaints for a month and wants control over when "
      .. "messages go out.",
    owner = "Dr. Ilse Moravec owns the practice and signs every contract. She "
      .. "wants a payback she can check herself, and she dislikes vendors "
      .. "calling her directly.",
    budget = "The new X-ray equipment came out of the capital budget. "
      .. "Software comes from the operations budget, which Jamal proposes and "
      .. "Dr. Moravec approves.",
    timeline = "A fourth office opens in Cedar Park in April; Jamal wants it "
      .. "to open on whatever system they choose.",
  },

  start = "hello",

  nodes = {
    hello = {
      say = "Hi, sorry, I'm between check-ins. I filled out your form at eleven "
        .. "last night, which tells you how my week is going. We need better "
        .. "reminders. I think.",
      choices = {
        { id = "i_think",
          text = {
            "You said 'I think.' What makes you unsure reminders are the "
              .. "answer?",
            "'We need better reminders. I think.' I hear a question in that "
              .. "'I think': what's behind it?",
            "Tell me about the 'I think' at the end there. You filled in a form "
              .. "at eleven at night, so something's wrong; what makes you unsure "
              .. "that reminders are the answer?",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reply = "'Good catch,' he says. 'I'm not sure of much this week.'",
          next = "situation",
          coach = "Active listening, sensing stage: you caught his 'I think'. "
            .. "Sharp, but he is frazzled and apologising, and a word for his "
            .. "week would have landed before a probe." },
        { id = "reminder_stat",
          text = {
            "Great timing. Our reminders cut no-shows by thirty percent, and "
              .. "I can have you live this week.",
            "I hear you, and you're in the right place: practices like yours "
              .. "cut no-shows by a third, and you could be live by Friday. Would "
              .. "that help your week?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          next = "rocky",
          coach = "Transactional pushing: a statistic and a start date before "
            .. "you know what his problem is, however kindly it is put." },
        { id = "long_week",
          text = {
            "Eleven at night? That sounds like a long week. Let's keep this "
              .. "easy and work out together whether reminders are the fix.",
            "Sounds like a long week. Let's keep this light and work out "
              .. "together what would actually help.",
            "Forms at eleven at night: that's a long week. No pressure from me; "
              .. "let's just see whether reminders are the fix.",
          },
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 6 },
          reply = "He laughs. 'Long month, honestly. Okay.'",
          next = "situation",
          coach = "Empathy, responding stage: you noticed the late-night form "
            .. "and the rush in his voice, lowered the pressure and set a "
            .. "shared goal for the call. The best fit for a frazzled "
            .. "opening." },
        { id = "what_prompted",
          text = {
            "Sounds like something's gone wrong. What's happening in the "
              .. "practice that made reminders the priority right now?",
            "Let's start with the business side, since your time is short: "
              .. "what's going wrong in the practice that made reminders the "
              .. "priority this week, rather than something else?",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'Where do I start,' he says.",
          next = "situation",
          coach = "A SPIN problem question: straight to the business issue. "
            .. "Useful, but you went past how he's doing." },
      },
    },

    rocky = {
      say = "Whoa, okay. I haven't even told you what's wrong yet.",
      choices = {
        { id = "trust_me",
          text = {
            "Trust me, it's always reminders. Every practice I talk to says "
              .. "the same.",
            "You'd be surprised how often it's reminders; nearly every "
              .. "practice you'd call a peer says the same thing.",
          },
          skills = { pushing = 3 },
          state = { trust = -8 },
          reply = "'Okay,' he says, flatly.",
          next = "situation",
          coach = "Transactional pushing: you doubled down and told him what "
            .. "his problem is instead of asking." },
        { id = "own_rush",
          text = {
            "You're right, sorry. I got ahead of myself. What's going on over "
              .. "there?",
            "Fair, and I'm sorry. That was me rushing you, not listening to "
              .. "you.",
          },
          skills = { empathy = 3, listening = 1 },
          state = { trust = 2 },
          reply = "'Okay,' he says, a little more guarded.",
          next = "situation",
          coach = "Empathy and a recovery: you owned the rush and handed him "
            .. "the floor. It buys a second chance, not a clean slate." },
        { id = "listening_now",
          text = {
            "Fair, I hear you. What is wrong? I'm listening.",
            "You're right, you haven't. So tell me what's actually wrong; "
              .. "I'm listening.",
          },
          skills = { listening = 2 },
          state = { trust = 1 },
          next = "situation",
          coach = "Listening, responding stage: you gave him the floor, but "
            .. "without acknowledging that you'd rushed him." },
      },
    },

    situation = {
      say = function(s)
        if s.trust >= 35 then
          return "So: three offices, fourteen chairs. Patients book by phone, "
            .. "and the front desk calls or texts everyone the day before. Half "
            .. "the time nobody picks up."
        end
        return "Three offices, fourteen chairs. Patients book by phone, we "
          .. "call everyone the day before, half don't pick up. That's it."
      end,
      choices = {
        { id = "by_hand",
          text = {
            "Calling every patient by hand, every day? That sounds "
              .. "exhausting for your team.",
            "Calling fourteen chairs' worth of patients by hand every day, "
              .. "with half not picking up, must wear your team out. That's a "
              .. "lot to ask of people.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'It is,' he says.",
          next = "front_desk",
          coach = "Empathy: kind, but he was laying out how things work, "
            .. "and a question about it would have taught you more." },
        { id = "how_many",
          text = {
            "How many appointments a week end up as no-shows?",
            "Let's get a number on it: roughly how many appointments a week "
              .. "end up as no-shows across the three offices?",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reveal = { "noshow" },
          reply = "'Sixty, maybe, across the three offices. At about a hundred "
            .. "fifty a visit.'",
          next = "front_desk",
          coach = "A SPIN problem question that gets a number early: useful, "
            .. "though you skipped past who is doing all this work." },
        { id = "demo_offer",
          text = {
            "Our system does all of that automatically. Can I show you a "
              .. "quick demo?",
            "What if nobody at your front desk had to make those calls at "
              .. "all? I could show you how that works on Thursday.",
          },
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'Maybe later,' he says.",
          next = "front_desk",
          coach = "Transactional pushing: he described his process and you "
            .. "answered with a demo request." },
        { id = "who_calls",
          text = {
            "So every reminder is a phone call by hand, the day before, and "
              .. "half go nowhere. Who ends up making all of them?",
            "Half of them don't pick up. Who's the one making all those "
              .. "calls?",
            "Calls the day before, and half unanswered. I'd like to know who "
              .. "on your team is doing all that dialing.",
          },
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reveal = { "phones" },
          reply = "'Keisha, mostly, at Elm Street. In between about a hundred "
            .. "other calls a day.'",
          next = "front_desk",
          coach = "Active listening, processing stage: you took what he said "
            .. "and asked the question it raised. The best fit when a "
            .. "prospect is laying out how things work." },
      },
    },

    front_desk = {
      say = function(s)
        local line = "The front desk is drowning. Keisha at Elm Street answers "
          .. "about a hundred calls a day and squeezes the reminders in "
          .. "between check-ins."
        if s.trust >= 45 then
          return line .. " Honestly, I'm worried about her."
        end
        return line
      end,
      choices = {
        { id = "call_types",
          text = {
            "A hundred calls a day sounds like a lot. What are most of them "
              .. "about?",
            "You said she squeezes the reminders in between check-ins. What "
              .. "are the rest of those hundred calls a day about, mostly: "
              .. "booking, rescheduling, questions?",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reveal = { "phones" },
          reply = "'Booking, rescheduling, \"what time was my appointment\". "
            .. "Reminders on top.'",
          next = "no_shows",
          coach = "Listening, a clarifying question: good detail, but you "
            .. "passed over the person he was describing." },
        { id = "keisha_ok",
          text = {
            "How's Keisha holding up? And what would you take off her plate "
              .. "first?",
            "Before the phones, I'd like to hear about Keisha: how she's "
              .. "holding up, and what you'd take off her plate first.",
            "That's a lot for one person. How is Keisha holding up, and what "
              .. "would you most want to take off her plate?",
            "That's a lot to carry. I'd like to hear how Keisha is doing, and "
              .. "what you'd most want off her desk.",
          },
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 6 },
          next = "opens_up",
          coach = "Empathy, responding stage, with a problem question behind "
            .. "it: you asked about the person before the process, and what "
            .. "would help her. The best fit here." },
        { id = "send_pricing",
          text = {
            "I hear you, and that's exactly why practices switch to us. Can I "
              .. "send you pricing today?",
            "Would it help Keisha if you had the numbers in your inbox today, "
              .. "so you can move before she burns out?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'Let's not get there yet,' he says.",
          next = "no_shows",
          coach = "Transactional pushing: a price before you know what the "
            .. "problem costs, dressed as concern for Keisha." },
        { id = "free_up",
          text = {
            "I understand. If reminders and reschedules didn't go through "
              .. "Keisha's phone, what would that free her up to do?",
            "Let's picture Keisha's day without the reminder calls. What "
              .. "would she do with the time?",
            "Let's picture Keisha's day without reminders and reschedules going "
              .. "through her phone. What would that free her up to do, and what "
              .. "would it change at the front desk?",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'Actually look at patients when they walk in.'",
          next = "no_shows",
          coach = "A SPIN need-payoff question: it points at the value, a "
            .. "little early, and past the person he was describing." },
      },
    },

    opens_up = {
      say = "Honestly? She told me last week she's thinking about leaving. If "
        .. "Keisha goes, Elm Street falls apart.",
      choices = {
        { id = "what_stay",
          text = {
            "I hear you. Thinking about leaving: did she say what's pushing "
              .. "her that way?",
            "'Falls apart' is a strong word, and thinking about leaving is a "
              .. "big step. What did she say is pushing her toward the door, in "
              .. "her own words?",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reveal = { "phones" },
          reply = "'The phones. She said she's a receptionist now, not a "
            .. "patient coordinator.'",
          next = "no_shows",
          coach = "Active listening, responding stage: you picked up his "
            .. "exact words, but you skipped how he feels about it." },
        { id = "move_fast",
          text = {
            "I understand, and that's all the more reason to move fast. Let's "
              .. "get you started this week.",
            "Then wouldn't it be kinder to Keisha, and to Elm Street, if you "
              .. "got her some help this week, before she makes up her mind?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "He goes quiet for a second. 'Let's see.'",
          next = "no_shows",
          coach = "Transactional pushing: you used his worry about a person "
            .. "as leverage for a close." },
        { id = "must_be_hard",
          text = {
            "That must be hard to hear from someone you rely on that much. Is "
              .. "there anything that would make her stay?",
            "That's hard to hear. Did she say what would make her stay?",
            "That's hard to hear from someone you rely on that much. I'd like "
              .. "to understand what would make her stay.",
            "Losing her would hurt; I can hear she matters to you. What do you "
              .. "think would keep her?",
          },
          skills = { empathy = 3, listening = 1, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "phones" },
          reply = "'Fewer phones, she said. Honestly, if the reminder calls and "
            .. "the reschedules went away, I think she'd stay.'",
          next = "no_shows",
          coach = "Empathy, then a question that looks for a way forward: you "
            .. "met his worry about a person he relies on before talking about "
            .. "fixes. The best fit here." },
      },
    },

    no_shows = {
      say = function(s)
        if s.facts.noshow then
          return "And those sixty no-shows a week are killing us. I've never "
            .. "actually added up what they cost."
        end
        return "And the no-shows are killing us. I don't even know the exact "
          .. "number."
      end,
      choices = {
        { id = "so_frustrating",
          text = {
            "That must be so frustrating, especially after all that calling.",
            "After all those calls the day before, every empty chair must feel "
              .. "like a slap. I'm sorry; that's genuinely frustrating.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'It really is.'",
          next = "past_tool",
          coach = "Empathy: sincere, but he had just said he never added it "
            .. "up, and the problem stays unmeasured." },
        { id = "estimate",
          text = {
            "Let's work it out together: empty chairs a week, times what a "
              .. "visit is worth, over a year.",
            "Could we put a number on it right now? Chairs a week, times a "
              .. "typical visit, times fifty-two.",
            "Then let's size it. Empty chairs a week, what a visit is worth.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "noshow" },
          reply = "He works it out. 'Sixty a week, a hundred fifty each. Nine "
            .. "thousand a week. That's... over four hundred thousand a year. "
            .. "Huh.'",
          next = "past_tool",
          coach = "A SPIN implication question: you sized the problem with "
            .. "him, so he now sees what it costs. The best fit when a "
            .. "prospect names a problem he has never measured." },
        { id = "pays_itself",
          text = {
            "We cut no-shows by thirty percent on average. It pays for itself "
              .. "in a month.",
            "Would it help to know that practices like yours cut no-shows by "
              .. "a third, so it pays for itself within a month?",
          },
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'Everybody says that,' he says.",
          next = "past_tool",
          coach = "Transactional pushing: a borrowed statistic instead of "
            .. "his own number." },
        { id = "bad_day",
          text = {
            "You said 'killing us.' What does a bad no-show day look like?",
            "'Killing us' is strong. Walk me through the worst no-show day "
              .. "you've had lately, at the desk and in the chairs.",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reply = "'Last Tuesday, eleven empty chairs at Elm Street. Hygienists "
            .. "sitting around, paid.'",
          next = "past_tool",
          coach = "Active listening, sensing stage: a vivid picture, but "
            .. "still no number he could take to the owner." },
      },
    },

    past_tool = {
      say = "We tried a cheap reminder app last year. It texted patients at six "
        .. "in the morning, and Dr. Moravec got complaints for a month. She's a "
        .. "little gun-shy now.",
      choices = {
        { id = "quiet_hours",
          text = {
            "Then timing control has to be part of any answer: quiet hours "
              .. "set by each office, not by the vendor. Would that fix what "
              .. "went wrong?",
            "So any answer needs quiet hours that each office sets. That "
              .. "would have stopped the six a.m. texts.",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reveal = { "tool" },
          reply = "'That would have saved us a month of angry calls.'",
          next = "decision",
          coach = "Problem-solving: a fair answer to the last failure, "
            .. "offered before you asked what the owner needs." },
        { id = "see_to_trust",
          text = {
            "Six a.m. texts and a month of complaints. What would Dr. Moravec "
              .. "need to see to trust a reminder system again?",
            "What would she need to see to trust one again?",
            "Anyone would be gun-shy after that. I'd like to know what she'd "
              .. "need to see to trust the next one.",
          },
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reveal = { "tool", "owner" },
          reply = "'Control over when messages go out. And numbers she can "
            .. "check herself. She signs everything here.'",
          next = "decision",
          coach = "Active listening, processing stage: you took what went "
            .. "wrong and asked what would rebuild trust, which tells you her "
            .. "decision criteria. The best fit after a story like this." },
        { id = "not_like_them",
          text = {
            "We're nothing like that app. Our clients love us.",
            "You'd never get a six a.m. text from us: quiet hours are built in "
              .. "from day one, every office sets its own, and our clients tell "
              .. "us it's the feature they love most.",
          },
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'That's what they said,' he says.",
          next = "decision",
          coach = "Transactional pushing: defending your product against a "
            .. "story about someone else's." },
        { id = "gun_shy",
          text = {
            "I don't blame her. After that, anyone would be wary of the next "
              .. "tool.",
            "Complaints for a month, and all of them landing on her: I don't "
              .. "blame her for being gun-shy. Anyone would be.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reveal = { "tool" },
          reply = "'Exactly,' he says.",
          next = "decision",
          coach = "Empathy: you took her side, which he appreciates, but you "
            .. "didn't learn what she needs to see." },
      },
    },

    decision = {
      say = function(s)
        if s.facts.owner then
          return "Like I said, it's Dr. Moravec's call in the end. She'll ask "
            .. "what it costs."
        end
        return "I'd have to take this to Dr. Moravec. She owns the practice, "
          .. "and she'll ask what it costs."
      end,
      choices = {
        { id = "past_pitches",
          text = {
            "When you've brought her new ideas before, how did those "
              .. "conversations go?",
            "Tell me about the last time you brought her a new idea. How did "
              .. "that conversation go, and why?",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reveal = { "owner" },
          reply = "'Best when I had numbers. Worst when a vendor called her "
            .. "directly.'",
          next = "budget",
          coach = "Listening: an open question about his experience, which "
            .. "tells you how she decides, if less directly." },
        { id = "owner_pressure",
          text = {
            "Taking it to her after last year's app can't be comfortable.",
            "That's a lot to carry into her office after last year's app. I "
              .. "can imagine the pressure you're under with this.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'A little,' he says. 'She's fair. She just remembers.'",
          next = "budget",
          coach = "Empathy: you named the pressure he's under, but with the "
            .. "person who signs now named, the moment called for learning "
            .. "what she needs." },
        { id = "what_she_needs",
          text = {
            "What does she usually need to see before she says yes: a cost, a "
              .. "payback, a trial?",
            "Then let's build it for her. What does she need in front of her "
              .. "to say yes: a cost, a payback, a trial?",
            "That makes sense after last year. I'd like to shape this around "
              .. "what she needs to see to say yes.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "owner" },
          reply = "'A payback she can check herself. And please don't call "
            .. "her directly. Vendors doing that is her pet peeve.'",
          next = "budget",
          coach = "MEDDIC, economic buyer and decision criteria: you asked "
            .. "what the person who signs needs to see. The best fit once a "
            .. "decision-maker is named." },
        { id = "call_her",
          text = {
            "Could you set up a call with her this week? I'd love to walk her "
              .. "through it myself.",
            "Would it save you the trouble if I called Dr. Moravec directly "
              .. "this week and walked her through it myself, so you don't have "
              .. "to carry it into her office?",
          },
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'I'd rather bring it to her,' he says.",
          next = "budget",
          coach = "Transactional pushing, going around your contact: you "
            .. "asked for his boss before you knew what she needs, however "
            .. "helpful it was made to sound." },
      },
    },

    budget = {
      say = "Budget-wise, we spent a lot on new X-ray equipment this year. I "
        .. "honestly don't know what's left.",
      choices = {
        { id = "big_year",
          text = {
            "A big equipment year. That makes every other dollar harder to "
              .. "ask for.",
            "New X-ray equipment and not knowing what's left: that makes every "
              .. "other dollar harder to ask for. I don't envy you.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'It does.'",
          next = "cedar_park",
          coach = "Empathy: you understood the pressure on the budget, and "
            .. "left it there." },
        { id = "month_end",
          text = {
            "I can do fifteen percent off if you sign before the end of the "
              .. "month.",
            "Would it help if I held fifteen percent off for you, as long as "
              .. "it's signed before the month is out, so the X-ray year doesn't "
              .. "stop you?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'I can't sign anything,' he says. 'I told you.'",
          next = "cedar_park",
          coach = "Transactional pushing, discounting: a deadline discount "
            .. "for someone who just told you he can't sign." },
        { id = "which_budget",
          text = {
            "So money's tight after the X-ray purchase. Does software come "
              .. "out of the same budget, or a different one?",
            "Does software come out of the same budget as the X-ray machine?",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reveal = { "budget" },
          reply = "'Different one, actually. Operations. I propose it, she "
            .. "approves it.'",
          next = "cedar_park",
          coach = "Listening, a clarifying question: you found out where "
            .. "the money would come from, but not why it's worth spending." },
        { id = "money_back",
          text = {
            "I hear you; big year. Then treat it as money back: a quarter of "
              .. "those empty chairs filled, next to the price?",
            "Think of it as money back. What would a quarter of those empty "
              .. "chairs be worth, next to the price?",
            "Let's weigh it as money back, not spend: a quarter of the empty "
              .. "chairs filled, against what it costs.",
          },
          requires = { "noshow" },
          unavailable = "Not yet.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "budget" },
          reply = "'A hundred thousand a year, give or take. Against twenty or "
            .. "so.' He sounds surprised. 'And software's a different budget "
            .. "anyway. Operations. I propose, she approves.'",
          next = "cedar_park",
          coach = "Problem-solving: you reframed price as payback using his "
            .. "own no-show number. The best fit when money comes up." },
      },
    },

    cedar_park = {
      say = "And we open a fourth office in Cedar Park in April. Which makes "
        .. "this either the best time or the worst time to change anything.",
      choices = {
        { id = "before_april",
          text = {
            "Then the best time to fix reminders may be before April, so "
              .. "Cedar Park opens on it from day one. Would that work?",
            "Fix it before April, and Cedar Park opens on the new system from "
              .. "day one.",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reveal = { "timeline" },
          reply = "'Maybe. If it's not another mess.'",
          next = "worry",
          coach = "Problem-solving: a sensible plan, but you proposed it "
            .. "before he'd said what he wanted." },
        { id = "best_time",
          text = {
            "Best time or worst time. What would make it the best time?",
            "You said best time or worst time. I'd like to hear what would "
              .. "make it the best one.",
            "'Either the best time or the worst time.' Tell me what the "
              .. "best-time version looks like for Cedar Park.",
          },
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reveal = { "timeline" },
          reply = "'If Cedar Park opened on the new system from day one, and "
            .. "nobody had to relearn anything later.'",
          next = "worry",
          coach = "Active listening, responding stage: you handed his own "
            .. "words back, and he answered with what he wants. The best fit "
            .. "when a prospect is thinking out loud." },
        { id = "april_lock",
          text = {
            "Would it help if we locked in a start date today, so Cedar Park "
              .. "can't slip past April?",
            "Let's put a start date in the diary now, so April doesn't sneak "
              .. "up on you.",
          },
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'I haven't decided anything yet,' he says.",
          next = "worry",
          coach = "Transactional pushing, a trial close dressed as help: his "
            .. "deadline became your reason to book a start date." },
        { id = "full_plate",
          text = {
            "Opening an office while fixing this? You've got a lot on your "
              .. "plate.",
            "A new office in April on top of everything else. That's a lot on "
              .. "one person's plate, and you're that person.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'Tell me about it.'",
          next = "worry",
          coach = "Empathy: true, but he was thinking out loud about the "
            .. "April date, and it slipped by without a question." },
      },
    },

    worry = {
      say = function(s)
        if s.trust >= 55 then
          return "Can I be honest? I'm worried my team will see this as one "
            .. "more thing to learn. They've had a lot of new things this year."
        end
        return "My team has had a lot of new things this year. I don't want "
          .. "to add another."
      end,
      choices = {
        { id = "keisha_decides",
          text = {
            "I understand. What if it starts at Elm Street, and the front desk "
              .. "there decides when the other offices switch?",
            "Start it at Elm Street, and let that front desk decide when the "
              .. "others switch.",
            "What if it starts small, at Elm Street only, and the front desk "
              .. "there decides when the other offices switch, so nobody else "
              .. "learns anything until it has proved itself?",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'That might work,' he says, cautiously.",
          next = "recap",
          coach = "Problem-solving: a good rollout idea, offered before "
            .. "he felt his worry was heard." },
        { id = "last_rollout",
          text = {
            "One more thing to learn, I hear you. How did the last new tool go "
              .. "for them in the first few weeks?",
            "You said they've had a lot of new things this year. Which one went "
              .. "worst, and what made it hard for them in the first weeks, "
              .. "before anyone got used to it?",
          },
          skills = { listening = 2 },
          state = { trust = 2 },
          reply = "'Rough. Nobody had time to train.'",
          next = "recap",
          coach = "Listening: you asked about his words, but skipped the "
            .. "feeling behind them." },
        { id = "them_first",
          text = {
            "That's a fair worry. What would make it feel like help to them?",
            "A fair worry, and it says a lot that you think of them first. "
              .. "What would make it feel like help, not one more thing?",
            "It says a lot that they come first for you. Let's make sure this "
              .. "lands as help, not homework.",
          },
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 6 },
          reply = "'If it took calls off their plate on day one. Not next "
            .. "quarter.'",
          next = "recap",
          coach = "Empathy first: you respected his loyalty to his team and "
            .. "let him define what help looks like. The best fit for a worry "
            .. "like this." },
        { id = "love_it",
          text = {
            "I understand, but everyone says that, and a week later they love "
              .. "it.",
            "Honestly, your team will love it within a week. Would a short "
              .. "training session for them settle it?",
          },
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'Mm,' he says.",
          next = "recap",
          coach = "Transactional pushing: you brushed off his objection "
            .. "instead of exploring it." },
      },
    },

    recap = {
      say = "So... what do you think? Be straight with me.",
      choices = {
        { id = "send_contract",
          text = {
            "I think you should let me send over the contract today.",
            "Straight answer: you should let me send the paperwork today, so "
              .. "you can stop worrying about it.",
            "Honestly? I think you already know this is the fix, and the kindest "
              .. "thing for your team is to let me send the paperwork over today "
              .. "so it's off your desk before Cedar Park.",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'That's not really what I asked,' he says.",
          next = "next_step",
          coach = "Transactional pushing: he asked for your honest view, "
            .. "and you asked for a signature." },
        { id = "straight_view",
          text = {
            "Straight: the no-shows are the money, the phones are the risk, "
              .. "and one change could fix both.",
            "Honestly? I think reminders are half of it. The other half is "
              .. "how many calls land on one desk.",
            "Straight: I think the no-shows are where the money is, the phones "
              .. "are where the risk is, and the right change fixes both without "
              .. "giving your team one more thing to learn this year.",
          },
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'Maybe,' he says. 'Did you get all of it, though?'",
          next = "next_step",
          coach = "Problem-solving: a fair diagnosis, but before you give "
            .. "your view, he needs to hear that you got his." },
        { id = "summary",
          text = function(s)
            local parts = { "sixty no-shows a week, nine thousand dollars" }
            if s.facts.phones then
              parts[#parts + 1] = "a desk buried in calls"
            end
            if s.facts.tool then
              parts[#parts + 1] = "an owner wary of six a.m. texts"
            end
            if s.facts.timeline then
              parts[#parts + 1] = "Cedar Park in April"
            end
            return "Straight: " .. join(parts) .. ". Correct me if I missed "
              .. "anything."
          end,
          requires = { "noshow" },
          unavailable = "Not yet.",
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reply = "'No. That's it. That's exactly it.'",
          next = "next_step",
          coach = "Active listening, processing stage: you pulled everything "
            .. "he told you into one summary and checked it with him. The "
            .. "best fit before proposing anything." },
        { id = "deserve_help",
          text = {
            "Honestly? I think you're doing a lot with a small team, and you "
              .. "deserve some help.",
            "Straight? You're running three offices on goodwill and late "
              .. "nights, and you deserve real help with it.",
            "Honestly? I think you're holding three offices together, with a "
              .. "fourth on the way and a front desk that's drowning, mostly on "
              .. "goodwill and late nights, and you deserve real help with it.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'Thanks,' he says. 'I do.'",
          next = "next_step",
          coach = "Empathy: warm and sincere, but it doesn't show him you "
            .. "understood the details." },
      },
    },

    next_step = {
      say = function(s)
        if s.trust >= 75 then
          return "Okay. I'm in. What do we do next?"
        elseif s.trust >= 50 then
          return "Okay. What would the next step be?"
        end
        return "I need to get back to the desk. What are you proposing?"
      end,
      choices = {
        { id = "your_call",
          text = {
            "What would you like the next step to be?",
            "You know Dr. Moravec and your week better than I do, and I don't "
              .. "want to push you into anything. What would you like the next "
              .. "step to be, and when?",
          },
          skills = { listening = 2 },
          next = close_his_call,
          coach = "Listening, but passive at the close: a busy manager needs "
            .. "a proposal to react to." },
        { id = "proposal",
          text = function(s)
            local parts = { "the no-show cost against the price" }
            if s.facts.tool then
              parts[#parts + 1] = "quiet hours per office"
            end
            if s.facts.phones then
              parts[#parts + 1] = "Keisha's calls first"
            end
            if s.facts.timeline then
              parts[#parts + 1] = "Cedar Park in April"
            end
            return "One page for Dr. Moravec: " .. join(parts)
              .. ". We go over it together first."
          end,
          requires = { "noshow", "owner" },
          unavailable = "Not yet.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_plan,
          coach = "Problem-solving, the trusted-advisor close: a next step "
            .. "built from what he told you, which he can carry to the owner "
            .. "himself. The best fit at the end of a good call." },
        { id = "sign_now",
          text = {
            "Let's get all three offices signed today, and I'll hold the "
              .. "discount.",
            "Would it take something off your plate if we just got all three "
              .. "offices signed up today, while the discount still holds, so "
              .. "you can walk into Cedar Park with it sorted?",
          },
          skills = { pushing = 3 },
          next = close_push,
          coach = "Transactional pushing, a hard close: he told you he can't "
            .. "sign, and the owner dislikes pressure." },
        { id = "no_rush",
          text = {
            "No rush at all. Take your time, and call me when you're ready.",
            "No rush at all; you've got Cedar Park, the X-ray year and a lot "
              .. "else on your plate. Take your time, talk to your team, and call "
              .. "me whenever you're ready.",
          },
          skills = { empathy = 2 },
          next = close_no_rush,
          coach = "Empathy without a next step: kind to his schedule, but "
            .. "it leaves the deal to chance." },
      },
    },
  },

  endings = {
    won_big = {
      say = "Three weeks later Dr. Moravec signs a two-year agreement for all "
        .. "three offices and Cedar Park. Keisha stops making reminder calls "
        .. "the first week, and no-shows at Elm Street drop by a third in the "
        .. "first month.",
      outcome = { result = "won", deal_value = 57600, days_to_close = 21 },
    },
    won_year = {
      say = "Dr. Moravec approves a one-year contract for the three current "
        .. "offices after a second call and a reference check. Cedar Park will "
        .. "be 'a separate decision'.",
      outcome = { result = "won", deal_value = 21600, days_to_close = 45 },
    },
    won_small = {
      say = "After three months of follow-ups, Jamal gets approval for Elm "
        .. "Street only, for a year, 'to see how it goes'.",
      outcome = { result = "won", deal_value = 7200, days_to_close = 90 },
    },
    stalled = {
      say = "Jamal means to bring it to Dr. Moravec, but the week gets away from "
        .. "him, and then the next one. Your follow-ups go unanswered.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Jamal emails a week later: they've decided to hire another "
        .. "front-desk person instead.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test baseline`.
  tests = {
    { name = "reading each moment right wins every office, fast",
      path = { "long_week", "who_calls", "keisha_ok", "must_be_hard",
               "estimate", "see_to_trust", "what_she_needs", "money_back",
               "best_time", "them_first", "summary", "proposal" },
      ending = "won_big", min = { overall = 90, trust = 85 },
      max = { transactional_pushing = 0 },
      facts = { "phones", "noshow", "tool", "owner", "budget", "timeline" } },
    { name = "pushing at every turn loses the deal",
      path = { "reminder_stat", "trust_me", "demo_offer", "send_pricing",
               "pays_itself", "not_like_them", "call_her", "month_end",
               "april_lock", "love_it", "send_contract", "sign_now" },
      ending = "lost", max = { overall = 10 } },
    { name = "one push at the start costs the big deal, even after a perfect recovery",
      path = { "reminder_stat", "own_rush", "who_calls", "keisha_ok",
               "must_be_hard", "estimate", "see_to_trust", "what_she_needs",
               "money_back", "best_time", "them_first", "summary",
               "proposal" },
      ending = "won_year" },
    { name = "empathy at every turn measures as empathy and wins one office slowly",
      path = { "long_week", "by_hand", "keisha_ok", "must_be_hard",
               "so_frustrating", "gun_shy", "owner_pressure", "big_year",
               "full_plate", "them_first", "deserve_help", "no_rush" },
      ending = "won_small", min = { empathy = 90 },
      max = { listening = 30, problem_solving = 40, overall = 85 } },
    { name = "listening at every turn measures as listening and wins one office slowly",
      path = { "i_think", "who_calls", "call_types", "bad_day", "see_to_trust",
               "past_pitches", "which_budget", "best_time", "last_rollout",
               "deserve_help", "your_call" },
      ending = "won_small", min = { listening = 90 },
      max = { empathy = 30, problem_solving = 40, overall = 85 } },
    { name = "problem-solving at every turn, without reading the moment, wins a smaller deal",
      path = { "what_prompted", "how_many", "free_up", "estimate",
               "quiet_hours", "what_she_needs", "money_back", "before_april",
               "keisha_decides", "straight_view", "proposal" },
      ending = "won_year", min = { problem_solving = 90 },
      max = { empathy = 30, listening = 30, overall = 85 } },
    { name = "the money case is locked until the no-shows are sized",
      path = { "long_week", "by_hand", "call_types", "bad_day", "gun_shy",
               "past_pitches" },
      offered = { "which_budget", "big_year", "month_end" },
      not_offered = { "money_back" } },
  },
}
