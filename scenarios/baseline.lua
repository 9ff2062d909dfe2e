-- baseline.lua: the academy's baseline assessment.
--
-- A short first call with the practice manager of a three-office dental
-- group.  Every trainee meets the same eleven moments, in the same order,
-- with at most two small detours, so results are comparable.  At each moment
-- the options separate the four skills: one mainly empathetic, one mainly
-- listening, one mainly problem-solving and, at most moments, one pushy.
-- Which one fits best depends on the moment (he is frazzled, he is giving
-- details, he is naming a problem), so the call measures judgment as well
-- as habit: the option that fits carries one extra point of a second skill
-- and earns more trust.
--
-- Hidden meter: trust.  The best-fitting option earns +6, the other
-- relationship options +2, a push costs 8 to 10.  The biggest deal needs
-- high trust and the key facts, so any push rules it out.

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
  version = "1.0",
  minutes = 10,
  currency = "USD",
  brief = "Jamal Whitaker manages the three offices of Riverbend Family Dental "
    .. "around Austin. Last night he filled out a form on your website about "
    .. "BrightBook, your online booking and text-reminder service, and he has "
    .. "a few minutes for a first call. This call is an assessment: the coach "
    .. "stays quiet until the end, then shows which skill to work on first. "
    .. "Answer the way you would on a real call.",
  prospect = {
    name = "Jamal Whitaker",
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
    phones = "The front desk is overloaded: Keisha at the Elm Street office "
      .. "answers about a hundred calls a day and makes the reminder calls in "
      .. "between.",
    noshow = "About sixty no-shows a week across three offices, at roughly "
      .. "$150 a visit: some $9,000 a week, over $400,000 a year.",
    tool = "A cheap reminder app last year texted patients at 6 a.m.; the "
      .. "owner fielded complaints for a month and wants control over when "
      .. "messages go out.",
    owner = "Dr. Lisa Moreno owns the practice and signs every contract. She "
      .. "wants a payback she can check herself, and she dislikes vendors "
      .. "calling her directly.",
    budget = "The new X-ray equipment came out of the capital budget. "
      .. "Software comes from the operations budget, which Jamal proposes and "
      .. "Dr. Moreno approves.",
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
        { id = "long_week",
          text = "Eleven at night? That sounds like a long week. I'll keep this "
            .. "easy: let's just work out together whether reminders are really "
            .. "the fix.",
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 6 },
          reply = "He laughs. 'Long month, honestly. Okay.'",
          next = "situation",
          coach = "Empathy, responding stage: you noticed the late-night form "
            .. "and the rush in his voice, lowered the pressure and set a "
            .. "shared goal for the call. The best fit for a frazzled "
            .. "opening." },
        { id = "i_think",
          text = "You said 'I think.' What makes you unsure reminders are the "
            .. "answer?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reply = "'Good catch,' he says. 'I'm not sure of much this week.'",
          next = "situation",
          coach = "Active listening, sensing stage: you caught his 'I think'. "
            .. "Sharp, though a word of empathy for his week would have "
            .. "landed better first." },
        { id = "what_prompted",
          text = "What's happening in the practice that made reminders the "
            .. "priority right now?",
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'Where do I start,' he says.",
          next = "situation",
          coach = "A SPIN problem question: straight to the business issue. "
            .. "Useful, but you went past how he's doing." },
        { id = "reminder_stat",
          text = "Great timing. Our reminders cut no-shows by thirty percent, "
            .. "and I can have you live this week.",
          skills = { pushing = 3 },
          state = { trust = -10 },
          next = "rocky",
          coach = "Transactional pushing: a statistic and a start date before "
            .. "you know what his problem is." },
      },
    },

    rocky = {
      say = "Whoa, okay. I haven't even told you what's wrong yet.",
      choices = {
        { id = "own_rush",
          text = "You're right, sorry. I got ahead of myself. What's going on "
            .. "over there?",
          skills = { empathy = 3, listening = 1 },
          state = { trust = 2 },
          reply = "'Okay,' he says, a little more guarded.",
          next = "situation",
          coach = "Empathy and a recovery: you owned the rush and handed him "
            .. "the floor. It buys a second chance, not a clean slate." },
        { id = "listening_now",
          text = "Fair. What is wrong? I'm listening.",
          skills = { listening = 3 },
          state = { trust = 1 },
          next = "situation",
          coach = "Listening, responding stage: you gave him the floor, but "
            .. "without acknowledging that you'd rushed him." },
        { id = "trust_me",
          text = "Trust me, it's always reminders. Every practice I talk to says "
            .. "the same.",
          skills = { pushing = 3 },
          state = { trust = -8 },
          reply = "'Okay,' he says, flatly.",
          next = "situation",
          coach = "Transactional pushing: you doubled down and told him what "
            .. "his problem is instead of asking." },
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
        { id = "who_calls",
          text = "So every reminder is done by hand, the day before, and half "
            .. "go unanswered. That's a lot of dialing. Who ends up making all "
            .. "those calls?",
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reveal = { "phones" },
          reply = "'Keisha, mostly, at Elm Street. In between about a hundred "
            .. "other calls a day.'",
          next = "front_desk",
          coach = "Active listening, processing stage: you summed up what he "
            .. "said and asked the question it raised. The best fit when a "
            .. "prospect is laying out how things work." },
        { id = "by_hand",
          text = "Calling every patient by hand, every day? That sounds "
            .. "exhausting for your team.",
          skills = { empathy = 3 },
          state = { trust = 2 },
          reply = "'It is,' he says.",
          next = "front_desk",
          coach = "Empathy: kind, but he was describing how things work, "
            .. "and a question would have taught you more." },
        { id = "how_many",
          text = "How many appointments a week end up as no-shows?",
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reveal = { "noshow" },
          reply = "'Sixty, maybe, across the three offices. At about a hundred "
            .. "fifty a visit.'",
          next = "front_desk",
          coach = "A SPIN problem question that gets a number early: useful, "
            .. "though you skipped past who is doing all this work." },
        { id = "demo_offer",
          text = "Our system does all of that automatically. Can I show you a "
            .. "quick demo?",
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'Maybe later,' he says.",
          next = "front_desk",
          coach = "Transactional pushing: he described his process and you "
            .. "answered with a demo request." },
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
        { id = "keisha_ok",
          text = "That's a lot for one person. How is Keisha holding up? And "
            .. "what part of her day would you most want to take off her "
            .. "plate?",
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 6 },
          next = "opens_up",
          coach = "Empathy, responding stage, with a problem question behind "
            .. "it: you heard the worry in his voice and asked about the "
            .. "person before the process. The best fit here." },
        { id = "call_types",
          text = "A hundred calls a day. What are most of them about?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reveal = { "phones" },
          reply = "'Booking, rescheduling, \"what time was my appointment\". "
            .. "Reminders on top.'",
          next = "no_shows",
          coach = "Listening, a clarifying question: good detail, but you "
            .. "missed the worry he had just voiced about Keisha." },
        { id = "free_up",
          text = "If reminders and reschedules didn't go through Keisha's "
            .. "phone, what would that free her up to do?",
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'Actually look at patients when they walk in.'",
          next = "no_shows",
          coach = "A SPIN need-payoff question: it points at the value, a "
            .. "little early, and past the worry he just voiced." },
        { id = "send_pricing",
          text = "That's exactly why practices switch to us. Can I send you "
            .. "pricing today?",
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'Let's not get there yet,' he says.",
          next = "no_shows",
          coach = "Transactional pushing: a price before you know what the "
            .. "problem costs, so any number will look high." },
      },
    },

    opens_up = {
      say = "Honestly? She told me last week she's thinking about leaving. If "
        .. "Keisha goes, Elm Street falls apart.",
      choices = {
        { id = "must_be_hard",
          text = "That must be hard to hear from someone you rely on that "
            .. "much. Is there anything that would make her stay?",
          skills = { empathy = 3, listening = 1, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "phones" },
          reply = "'Fewer phones, she said. Honestly, if the reminder calls and "
            .. "the reschedules went away, I think she'd stay.'",
          next = "no_shows",
          coach = "Empathy, then a question that looks for a way forward: you "
            .. "met his worry about a person he relies on before talking about "
            .. "fixes. The best fit here." },
        { id = "what_stay",
          text = "Thinking about leaving. Did she say what's pushing her that "
            .. "way?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reveal = { "phones" },
          reply = "'The phones. She said she's a receptionist now, not a "
            .. "patient coordinator.'",
          next = "no_shows",
          coach = "Active listening, responding stage: you picked up his "
            .. "exact words, but you skipped how he feels about it." },
        { id = "move_fast",
          text = "All the more reason to move fast. Let's get you started this "
            .. "week.",
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "He goes quiet for a second. 'Let's see.'",
          next = "no_shows",
          coach = "Transactional pushing: you used his worry about a person "
            .. "as leverage for a close." },
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
        { id = "estimate",
          text = function(s)
            if s.facts.noshow then
              return "That sounds painful. Sixty a week at about a hundred "
                .. "fifty each: shall we work out what that comes to over a "
                .. "year?"
            end
            return "That sounds painful. Could we estimate it together? "
              .. "Roughly how many empty chairs a week, and what's a typical "
              .. "visit worth?"
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "noshow" },
          reply = "He works it out. 'Nine thousand a week. That's... over four "
            .. "hundred thousand a year. Huh.'",
          next = "past_tool",
          coach = "A SPIN implication question: you sized the problem with "
            .. "him, so he now sees what it costs. The best fit when a "
            .. "prospect names a problem." },
        { id = "bad_day",
          text = "You said 'killing us.' What does a bad no-show day look like?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reply = "'Last Tuesday, eleven empty chairs at Elm Street. Hygienists "
            .. "sitting around, paid.'",
          next = "past_tool",
          coach = "Active listening, sensing stage: a vivid picture, but "
            .. "still no number he could take to the owner." },
        { id = "so_frustrating",
          text = "That must be so frustrating, especially after all that "
            .. "calling.",
          skills = { empathy = 3 },
          state = { trust = 2 },
          reply = "'It really is.'",
          next = "past_tool",
          coach = "Empathy: sincere, but the problem stays unmeasured." },
        { id = "pays_itself",
          text = "We cut no-shows by thirty percent on average. It pays for "
            .. "itself in a month.",
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'Everybody says that,' he says.",
          next = "past_tool",
          coach = "Transactional pushing: a borrowed statistic instead of "
            .. "his own number." },
      },
    },

    past_tool = {
      say = "We tried a cheap reminder app last year. It texted patients at six "
        .. "in the morning, and Dr. Moreno got complaints for a month. She's a "
        .. "little gun-shy now.",
      choices = {
        { id = "see_to_trust",
          text = "Six a.m. texts and a month of complaints: no wonder she's "
            .. "wary. What would Dr. Moreno need to see to trust a reminder "
            .. "system again?",
          skills = { empathy = 1, listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reveal = { "tool", "owner" },
          reply = "'Control over when messages go out. And numbers she can "
            .. "check herself. She signs everything here.'",
          next = "decision",
          coach = "Active listening, processing stage: you repeated what "
            .. "went wrong and asked what would rebuild trust, which tells "
            .. "you her decision criteria. The best fit after a story like "
            .. "this." },
        { id = "gun_shy",
          text = "I don't blame her. After that, anyone would be wary of the "
            .. "next tool.",
          skills = { empathy = 3 },
          state = { trust = 2 },
          reveal = { "tool" },
          reply = "'Exactly,' he says.",
          next = "decision",
          coach = "Empathy: you took her side, which he appreciates, but you "
            .. "didn't learn what she needs to see." },
        { id = "quiet_hours",
          text = "Then timing control has to be part of any answer: quiet hours "
            .. "set by each office, not by the vendor. Would that fix what went "
            .. "wrong?",
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reveal = { "tool" },
          reply = "'That would have saved us a month of angry calls.'",
          next = "decision",
          coach = "Problem-solving: a fair answer to the last failure, "
            .. "offered before you asked what the owner needs." },
        { id = "not_like_them",
          text = "We're nothing like that app. Our clients love us.",
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'That's what they said,' he says.",
          next = "decision",
          coach = "Transactional pushing: defending your product against a "
            .. "story about someone else's." },
      },
    },

    decision = {
      say = function(s)
        if s.facts.owner then
          return "Like I said, it's Dr. Moreno's call in the end. She'll ask "
            .. "what it costs."
        end
        return "I'd have to take this to Dr. Moreno. She owns the practice, "
          .. "and she'll ask what it costs."
      end,
      choices = {
        { id = "what_she_needs",
          text = "That makes sense after last year. What does she usually need "
            .. "to see before she says yes: a cost, a payback, a trial?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "owner" },
          reply = "'A payback she can check herself. And please don't call "
            .. "her directly. Vendors doing that is her pet peeve.'",
          next = "budget",
          coach = "MEDDIC, economic buyer and decision criteria: you asked "
            .. "what the person who signs needs to see. The best fit once a "
            .. "decision-maker is named." },
        { id = "past_pitches",
          text = "When you've brought her new ideas before, how did those "
            .. "conversations go?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reveal = { "owner" },
          reply = "'Best when I had numbers. Worst when a vendor called her "
            .. "directly.'",
          next = "budget",
          coach = "Listening: an open question about his experience, which "
            .. "tells you how she decides, if less directly." },
        { id = "call_her",
          text = "Could you set up a call with her this week? I'd love to walk "
            .. "her through it myself.",
          skills = { pushing = 2 },
          state = { trust = -8 },
          reply = "'I'd rather bring it to her,' he says.",
          next = "budget",
          coach = "Transactional pushing, going around your contact: you "
            .. "asked for his boss before you knew what she needs." },
      },
    },

    budget = {
      say = "Budget-wise, we spent a lot on new X-ray equipment this year. I "
        .. "honestly don't know what's left.",
      choices = {
        { id = "money_back",
          text = "I hear you, it's been a big year. So let's look at this as "
            .. "money back: if it filled even a quarter of those empty chairs, "
            .. "what would that be worth next to the price?",
          requires = { "noshow" },
          unavailable = "You don't know yet what the no-shows cost him. Ask "
            .. "before you make the money case.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reveal = { "budget" },
          reply = "'A hundred thousand a year, give or take. Against twenty or "
            .. "so.' He sounds surprised. 'And software's a different budget "
            .. "anyway. Operations. I propose, she approves.'",
          next = "cedar_park",
          coach = "Problem-solving: you reframed price as payback using his "
            .. "own no-show number. The best fit when money comes up." },
        { id = "which_budget",
          text = "So money's tight after the X-ray purchase. Does software come "
            .. "out of the same budget, or a different one?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reveal = { "budget" },
          reply = "'Different one, actually. Operations. I propose it, she "
            .. "approves it.'",
          next = "cedar_park",
          coach = "Listening, a clarifying question: you found out where "
            .. "the money would come from, but not why it's worth spending." },
        { id = "big_year",
          text = "A big equipment year. That makes every other dollar harder to "
            .. "ask for.",
          skills = { empathy = 3 },
          state = { trust = 2 },
          reply = "'It does.'",
          next = "cedar_park",
          coach = "Empathy: you understood the pressure on the budget, and "
            .. "left it there." },
        { id = "month_end",
          text = "I can do fifteen percent off if you sign before the end of "
            .. "the month.",
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'I can't sign anything,' he says. 'I told you.'",
          next = "cedar_park",
          coach = "Transactional pushing, discounting: a deadline discount "
            .. "for someone who just told you he can't sign." },
      },
    },

    cedar_park = {
      say = "And we open a fourth office in Cedar Park in April. Which makes "
        .. "this either the best time or the worst time to change anything.",
      choices = {
        { id = "best_time",
          text = "Best time or worst time. What would make it the best time?",
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 6 },
          reveal = { "timeline" },
          reply = "'If Cedar Park opened on the new system from day one, and "
            .. "nobody had to relearn anything later.'",
          next = "worry",
          coach = "Active listening, responding stage: you handed his own "
            .. "words back as a question, and he answered with what he "
            .. "wants. The best fit when a prospect is thinking out loud." },
        { id = "before_april",
          text = "Then the best time to fix reminders may be before April, so "
            .. "Cedar Park opens on it from day one. Would that work?",
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reveal = { "timeline" },
          reply = "'Maybe. If it's not another mess.'",
          next = "worry",
          coach = "Problem-solving: a sensible plan, but you proposed it "
            .. "before he'd said what he wanted." },
        { id = "full_plate",
          text = "Opening an office while fixing this? You've got a lot on your "
            .. "plate.",
          skills = { empathy = 3 },
          state = { trust = 2 },
          reply = "'Tell me about it.'",
          next = "worry",
          coach = "Empathy: true, but the April date slipped by without a "
            .. "question." },
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
        { id = "them_first",
          text = "That's a fair worry, and it says a lot that you're thinking "
            .. "of them first. What would make it feel like help, not one more "
            .. "thing?",
          skills = { empathy = 3, listening = 1, problem_solving = 2 },
          state = { trust = 6 },
          reply = "'If it took calls off their plate on day one. Not next "
            .. "quarter.'",
          next = "recap",
          coach = "Empathy, then a question: you respected his loyalty to "
            .. "his team and let him define what help looks like. The best "
            .. "fit for a worry like this." },
        { id = "last_rollout",
          text = "One more thing to learn. How did the last new tool go for "
            .. "them in the first few weeks?",
          skills = { listening = 3 },
          state = { trust = 2 },
          reply = "'Rough. Nobody had time to train.'",
          next = "recap",
          coach = "Listening: you asked about his words, but skipped the "
            .. "feeling behind them." },
        { id = "keisha_decides",
          text = "What if it starts at Elm Street, and the front desk there "
            .. "decides when the other offices switch?",
          skills = { problem_solving = 2 },
          state = { trust = 2 },
          reply = "'That might work,' he says, cautiously.",
          next = "recap",
          coach = "Problem-solving: a good rollout idea, offered before "
            .. "he felt his worry was heard." },
        { id = "love_it",
          text = "Everyone says that, and a week later they love it.",
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
        { id = "summary",
          text = function(s)
            local parts = { "about sixty no-shows a week, some nine thousand "
              .. "dollars" }
            if s.facts.phones then
              parts[#parts + 1] = "a front desk buried in calls"
            end
            if s.facts.tool then
              parts[#parts + 1] = "an owner burned by six a.m. texts"
            end
            if s.facts.timeline then
              parts[#parts + 1] = "Cedar Park opening in April"
            end
            return "Let me make sure I have it: " .. join(parts)
              .. ". Did I miss anything?"
          end,
          requires = { "noshow" },
          unavailable = "You don't know yet what the no-shows cost. Ask before "
            .. "you sum up.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 6 },
          reply = "'No. That's it. That's exactly it.'",
          next = "next_step",
          coach = "Active listening, processing stage: you pulled everything "
            .. "he told you into one summary and checked it with him. The "
            .. "best fit before proposing anything." },
        { id = "deserve_help",
          text = "Honestly? I think you're doing a lot with a small team, and "
            .. "you deserve some help.",
          skills = { empathy = 3 },
          state = { trust = 2 },
          reply = "'Thanks,' he says. 'I do.'",
          next = "next_step",
          coach = "Empathy: warm and sincere, but it doesn't show him you "
            .. "understood the details." },
        { id = "send_contract",
          text = "I think you should let me send over the contract today.",
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'That's not really what I asked,' he says.",
          next = "next_step",
          coach = "Transactional pushing: he asked for your honest view, "
            .. "and you asked for a signature." },
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
        { id = "proposal",
          text = function(s)
            local parts = { "what the no-shows cost next to the price" }
            if s.facts.tool then
              parts[#parts + 1] = "quiet hours each office sets"
            end
            if s.facts.phones then
              parts[#parts + 1] = "the reminder calls off Keisha's desk first"
            end
            if s.facts.timeline then
              parts[#parts + 1] = "Cedar Park opening on it in April"
            end
            return "Let me write a one-page proposal you can take to Dr. "
              .. "Moreno: " .. join(parts) .. ". Could we go over it together "
              .. "before you show her?"
          end,
          requires = { "noshow", "owner" },
          unavailable = "You don't know yet what the no-shows cost or what Dr. "
            .. "Moreno needs to see.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_plan,
          coach = "Problem-solving, the trusted-advisor close: a next step "
            .. "built from what he told you, which he can carry to the owner "
            .. "himself. The best fit at the end of a good call." },
        { id = "your_call",
          text = "What would you like the next step to be?",
          skills = { listening = 3 },
          next = close_his_call,
          coach = "Listening, but passive at the close: a busy manager needs "
            .. "a proposal to react to." },
        { id = "no_rush",
          text = "No rush at all. Take your time, and call me when you're "
            .. "ready.",
          skills = { empathy = 3 },
          next = close_no_rush,
          coach = "Empathy without a next step: kind to his schedule, but "
            .. "it leaves the deal to chance." },
        { id = "sign_now",
          text = "Let's get all three offices signed today, and I'll hold the "
            .. "discount.",
          skills = { pushing = 3 },
          next = close_push,
          coach = "Transactional pushing, a hard close: he told you he can't "
            .. "sign, and the owner dislikes pressure." },
      },
    },
  },

  endings = {
    won_big = {
      say = "Three weeks later Dr. Moreno signs a two-year agreement for all "
        .. "three offices and Cedar Park. Keisha stops making reminder calls "
        .. "the first week, and no-shows at Elm Street drop by a third in the "
        .. "first month.",
      outcome = { result = "won", deal_value = 57600, days_to_close = 21 },
    },
    won_year = {
      say = "Dr. Moreno approves a one-year contract for the three current "
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
      say = "Jamal means to bring it to Dr. Moreno, but the week gets away from "
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
               "before_april", "love_it", "send_contract", "sign_now" },
      ending = "lost", max = { overall = 10 } },
    { name = "one push at the start costs the big deal, even after a perfect recovery",
      path = { "reminder_stat", "own_rush", "who_calls", "keisha_ok",
               "must_be_hard", "estimate", "see_to_trust", "what_she_needs",
               "money_back", "best_time", "them_first", "summary",
               "proposal" },
      ending = "won_year" },
    { name = "empathy at every turn measures as empathy and wins one office slowly",
      path = { "long_week", "by_hand", "keisha_ok", "must_be_hard",
               "so_frustrating", "gun_shy", "past_pitches", "big_year",
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
               "keisha_decides", "summary", "proposal" },
      ending = "won_year", min = { problem_solving = 90 },
      max = { empathy = 30, listening = 30, overall = 85 } },
    { name = "the money case is locked until the no-shows are sized",
      path = { "long_week", "by_hand", "call_types", "bad_day", "gun_shy",
               "past_pitches" },
      offered = { "which_budget", "big_year", "month_end" },
      not_offered = { "money_back" } },
  },
}
