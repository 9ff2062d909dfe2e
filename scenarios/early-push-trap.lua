-- early-push-trap.lua: the quick yes that costs the big deal.
--
-- Carmen Reyes runs operations for 38 restaurants. A walk-in cooler died at
-- one of them last weekend, and she is ready to buy sensors for it today.
-- Pushing for that order works: she says yes to a three-store pilot within
-- minutes, and the trainee wins a small deal in four days.  The patient
-- path finds that the cooler is a symptom: logs nobody trusts, failures at
-- other stores, an insurer raising premiums, and a CFO who owns that bill.
-- It wins all 38 restaurants for three years, in weeks, not months.
--
-- Hidden meters: trust (how far Carmen believes you understand her kitchens)
-- and scope (how big a problem she and her CFO now see: one cooler, or the
-- group; pitches and statistics shrink it back to a product purchase).
-- Once she has said yes to the pilot, the conversation is about the pilot:
-- no later question can win the group deal back.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- The trusted-advisor close: the group deal follows trust, how big Carmen
-- sees the problem, and whether Walt heard the whole case.
local function close_group(s)
  if s.trust >= 75 and s.scope >= 90
     and known(s, "cost", "insurance", "buyer", "alerts") then
    return "won_group"
  elseif s.trust >= 55 and s.scope >= 40 and s.facts.cost then
    return "won_year"
  elseif s.trust >= 40 then
    return "won_region"
  elseif s.trust >= 20 then
    return "stalled"
  end
  return "lost"
end

-- A close that leaves the size of the deal to the prospect.
local function close_modest(s)
  if s.trust >= 55 and s.scope >= 40 and s.facts.cost then
    return "won_year"
  elseif s.trust >= 40 then
    return "won_region"
  elseif s.trust >= 20 then
    return "stalled"
  end
  return "lost"
end

return scenario {
  id = "early-push-trap",
  title = "The quick yes: a pilot that costs the group deal",
  module = "closing",
  difficulty = "advanced",
  version = "1.0",
  minutes = 12,
  currency = "USD",
  brief = "Carmen Reyes is COO of Harvest Table Group, 38 casual-dining "
    .. "restaurants around Houston and Central Texas. A walk-in cooler failed "
    .. "at one of them last weekend, and she agreed to ten minutes about "
    .. "Frostline, your wireless temperature monitoring for commercial "
    .. "kitchens. She sounds ready to buy. Find out how big her problem "
    .. "really is, what it costs, and who would decide on fixing it.",
  prospect = {
    name = "Carmen Reyes",
    role = "Chief Operating Officer",
    company = "Harvest Table Group",
    persona = "Decisive, quick and fiercely loyal to her managers. She "
      .. "started as a line cook twenty years ago. She likes people who move "
      .. "fast and will say yes to a quick fix if you offer one, but she "
      .. "trusts people who understand how her kitchens really run.",
  },

  state = {
    trust = { start = 40, min = 0, max = 100 },
    scope = { start = 15, min = 0, max = 100 },
  },

  facts = {
    logs = "The paper temperature logs are filled in after the fact: the "
      .. "Sugar Land log shows a 2 a.m. reading when nobody was in the "
      .. "building, and two restaurants were cited this year for incomplete "
      .. "logs.",
    scope = "Sugar Land isn't alone: four of the 38 restaurants lost a walk-in "
      .. "or a freezer this year, and each manager called whichever repair "
      .. "company answered first.",
    cost = "Harvest Table writes off about $340,000 a year in spoiled food "
      .. "across the group, against a 29% food-cost target that Carmen's bonus "
      .. "depends on.",
    insurance = "Their insurer raised the equipment and spoilage premium 18% "
      .. "(about $70,000 a year) after last year's claims, and said documented "
      .. "round-the-clock monitoring at every restaurant would bring it back "
      .. "down. The policy renews in five weeks.",
    buyer = "Carmen can approve spending for a restaurant or two. Anything "
      .. "across the group goes to Walt Brennan, CFO and co-founder, who also "
      .. "owns the insurance relationship.",
    alerts = "Carmen's condition: alarms must go to the on-call manager and "
      .. "the repair vendor, not to her. A franchise group she knows switched "
      .. "off a competitor's system because it texted the owner forty times a "
      .. "night.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: a prospect who is ready to buy the small thing.
    ----------------------------------------------------------------------
    opening = {
      say = "Carmen Reyes. I've got ten minutes before a walk-through. One of "
        .. "our walk-ins died over the weekend at the Sugar Land store, and we "
        .. "threw out eleven thousand dollars of food. Your email said "
        .. "sensors. Talk to me.",
      choices = {
        { id = "what_happened",
          text = "That's a rough weekend. Walk me through it: what happened, "
            .. "from the moment the cooler went down?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 8 },
          reply = "'All right,' she says, and slows down a little.",
          next = "sugar_land",
          coach = "Empathy and a SPIN situation question: you acknowledged "
            .. "the loss and asked for the story before offering a fix." },
        { id = "sorry_loss",
          text = "Eleven thousand dollars in one weekend. I'm sorry, that's "
            .. "painful.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It is,' she says.",
          next = "sugar_land",
          coach = "Empathy, responding stage: kind and quick, but you "
            .. "haven't asked anything yet." },
        { id = "sensors_thursday",
          text = "We can have sensors in Sugar Land by Thursday. Want me to "
            .. "send the order for that store today?",
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: she wanted a "
            .. "fix and you offered one, so she'll say yes. But you sold a "
            .. "sensor for one cooler before asking whether the cooler is the "
            .. "problem." },
        { id = "feature_pitch",
          text = "Frostline reads every cooler once a minute and texts you the "
            .. "second it warms up. Nobody else in the market does that.",
          skills = { pushing = 2 },
          state = { trust = -3, scope = -15 },
          next = "pitch_reply",
          coach = "Transactional pushing, a feature pitch: you described "
            .. "your product before you knew anything about her kitchens." },
      },
    },

    pitch_reply = {
      say = "Sounds fine. What would it cost to put it in Sugar Land?",
      choices = {
        { id = "quote_pilot",
          text = "For Sugar Land and two more stores it's ninety-six hundred "
            .. "for the year at our pilot rate, and I'll waive installation if "
            .. "you sign this week.",
          skills = { pushing = 3 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing, a sweetened pilot: it closes, and "
            .. "it tells her Frostline is a small purchase with a soft price." },
        { id = "reframe",
          text = "I'll tell you. But first, can I ask what happened this "
            .. "weekend? What you need decides what it costs.",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reply = "She shrugs. 'Fair.'",
          next = "sugar_land",
          coach = "A recovery: you declined to quote into a vacuum and went "
            .. "back to her story, a SPIN situation question." },
        { id = "just_sugar",
          text = "Just Sugar Land? About four thousand a year.",
          skills = { pushing = 1 },
          next = "pilot_yes",
          coach = "Order-taking, a mild form of pushing: you answered the "
            .. "smallest version of her question and sized the deal to one "
            .. "cooler." },
      },
    },

    sugar_land = {
      say = function(s)
        local story = "Compressor quit Saturday night. The opener found the "
          .. "walk-in at fifty-two degrees on Sunday morning. And the closing "
          .. "cook's log says thirty-eight degrees at two a.m."
        if s.trust >= 50 then
          return story .. " Which is funny, because nobody was in the "
            .. "building at two a.m."
        end
        return story .. " So, can your sensors stop that?"
      end,
      choices = {
        { id = "logs_question",
          text = "A reading at two a.m., in a closed store? How often do the "
            .. "logs get filled in after the fact?",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 8, scope = 10 },
          reveal = { "logs" },
          next = "logs_talk",
          coach = "Active listening, sensing stage: you caught the detail "
            .. "she half-said, and it leads from one cooler to how every "
            .. "kitchen really runs." },
        { id = "other_stores",
          text = "Has this happened at any of your other stores?",
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 5, scope = 15 },
          reveal = { "scope" },
          reply = "'Four this year, counting Sugar Land,' she says. 'Each "
            .. "manager calls whoever answers first.'",
          next = "hub",
          coach = "A SPIN problem question: you looked past the one store, "
            .. "though you skipped the clue about the logs." },
        { id = "sorry_sunday",
          text = "What a way to start a Sunday. Your opener must have felt "
            .. "sick.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          next = "venting",
          coach = "Empathy for the people in her story: warm, and she'll "
            .. "keep talking, but you let the two a.m. reading go by." },
        { id = "three_stores",
          text = "That's exactly what our sensors catch. Let's get Sugar Land "
            .. "and your two busiest stores live this week.",
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: she'll agree, "
            .. "because you offered a fix for the problem she named. You "
            .. "never found out whether it's the problem she has." },
      },
    },

    logs_talk = {
      say = "Honestly? More often than I want to know. We got cited at two "
        .. "stores this year for incomplete logs. The cooks fill them in at the "
        .. "end of the shift, because they're slammed.",
      choices = {
        { id = "other_37",
          text = "If the logs can't be trusted at Sugar Land, what does that "
            .. "mean for the other thirty-seven stores?",
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 6, scope = 15 },
          reveal = { "scope" },
          reply = "She goes quiet. 'It means I don't know. Four walk-ins "
            .. "failed this year that I know of.'",
          next = "hub",
          coach = "A SPIN implication question: you turned one bad log into "
            .. "the real question, what she doesn't know about the other "
            .. "thirty-seven kitchens." },
        { id = "cooks_slammed",
          text = "That's not a lazy-cook problem. That's a too-much-to-do "
            .. "problem.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 6 },
          reply = "'Thank you,' she says. 'Exactly that.'",
          next = "hub",
          coach = "Empathy, responding stage: you defended her cooks, and "
            .. "she noticed. The bigger question is still unasked." },
        { id = "auto_logs",
          text = "Our sensors log automatically, so the citations go away. "
            .. "Let's start with Sugar Land and two more stores this week.",
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: you heard a "
            .. "group-wide problem and sold a three-store fix. She'll take it, "
            .. "and think of you as the sensor vendor." },
      },
    },

    venting = {
      say = "She called me crying at seven in the morning. My managers are "
        .. "good people. They're just stretched.",
      choices = {
        { id = "stretched_how",
          text = "Stretched how? What's eating their time?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "logs" },
          reply = "'Paperwork, mostly. Temperature logs nobody fills in until "
            .. "the end of the night.'",
          next = "logs_talk",
          coach = "Active listening, responding stage: you asked her to "
            .. "unpack 'stretched', and it leads to the logs." },
        { id = "good_people",
          text = "You obviously care a lot about your managers.",
          skills = { empathy = 3 },
          state = { trust = 5 },
          reply = "'They're the business,' she says.",
          next = "friendly_wrap",
          coach = "Empathy without direction: true and kind, but it steers "
            .. "nowhere, and her ten minutes are running." },
        { id = "fix_sugar",
          text = "Then let's take one thing off their plate: sensors in Sugar "
            .. "Land and two more stores this week.",
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: a neat answer "
            .. "to one overworked opener, and the end of any bigger "
            .. "conversation." },
      },
    },

    friendly_wrap = {
      say = function(s)
        if s.trust >= 55 then
          return "This has been nicer than most vendor calls. But I've got a "
            .. "walk-through in five. What do you need from me?"
        end
        return "I've got a walk-through in five. What do you need from me?"
      end,
      choices = {
        { id = "late_scope",
          text = "Just one thing: has this happened at other stores?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4, scope = 10 },
          reveal = { "scope" },
          reply = "'Four this year,' she says, and checks her watch. 'Fine, "
            .. "five more minutes.'",
          next = "hub",
          coach = "A SPIN problem question, late but in time: it gives a "
            .. "friendly call something to stand on." },
        { id = "send_info",
          text = "I'll send you some information, and we can pick this up "
            .. "next week.",
          skills = { empathy = 1, listening = 1 },
          next = function(s)
            if s.trust >= 50 then return "won_region" end
            return "stalled"
          end,
          coach = "Friendly but unfocused: a pleasant call with no problem "
            .. "sized and no decision-maker found. Friendly wins small, slow "
            .. "deals, if any." },
        { id = "pilot_push",
          text = "How about three stores this week, just to get started?",
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: a small, easy "
            .. "yes at the end of a warm call." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: how big, how costly, who decides, what it must do.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        local asked = s.chose.ask_cost or s.chose.ask_insurance
          or s.chose.ask_buyer or s.chose.ask_alerts
        if asked then
          local n = 0
          for _, id in ipairs({ "ask_cost", "ask_insurance", "ask_buyer",
                                "ask_alerts" }) do
            if s.chose[id] then n = n + 1 end
          end
          if s.trust >= 70 and n >= 3 then
            return "Anything else? This is the most useful ten minutes I've "
              .. "had all week."
          elseif s.trust >= 70 and n == 2 then
            return "Keep going. I'm late for my walk-through, and I don't care."
          elseif s.trust >= 70 then
            return "Go on."
          end
          return "What else?"
        end
        if s.trust >= 60 then
          return "Okay. You've got my attention. What else do you need to "
            .. "know?"
        end
        return "What else? I've got a few minutes."
      end,
      choices = {
        { id = "ask_scope",
          text = "Is Sugar Land the only store where a cooler has failed?",
          once = true,
          when = function(s) return not s.facts.scope end,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3, scope = 10 },
          reveal = { "scope" },
          reply = "'Four this year,' she says. 'Each manager calls whoever "
            .. "answers first.'",
          next = "hub",
          coach = "A SPIN problem question: you checked whether one store's "
            .. "bad weekend is really one store's problem." },
        { id = "ask_cost",
          text = "Have you ever added up what spoiled food costs you across "
            .. "all 38 stores in a year?",
          once = true,
          requires = { "scope" },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, scope = 15 },
          reveal = { "cost" },
          reply = "She does the math out loud. 'About three hundred forty "
            .. "thousand. Against a food-cost target my bonus depends on.'",
          next = "hub",
          coach = "A SPIN implication question: you turned four failed "
            .. "coolers into a group-wide number she now has to think about." },
        { id = "ask_insurance",
          text = "Has any of this come up with your insurance carrier?",
          once = true,
          requires = { "scope" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5, scope = 5 },
          reveal = { "insurance" },
          next = "insurance_talk",
          coach = "A SPIN problem question that follows the money: repeated "
            .. "claims rarely stay between a restaurant and its repair "
            .. "company." },
        { id = "ask_buyer",
          text = "If this turned out to be a problem at every store, who "
            .. "besides you would decide how to fix it?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "buyer" },
          reply = "'Walt Brennan. Our CFO, and one of the founders. I can sign "
            .. "for a store or two. All of them is Walt, and he owns the "
            .. "insurance too.'",
          next = "hub",
          coach = "MEDDIC, economic buyer: you found who signs for the whole "
            .. "group before proposing anything the size of the group." },
        { id = "ask_alerts",
          text = "When a cooler fails at two in the morning, who should get "
            .. "the call?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "alerts" },
          reply = "'Not me,' she says, fast. 'A friend's franchise group turned "
            .. "off a system like yours because it texted the owner forty "
            .. "times a night. The on-call manager and the repair company. "
            .. "That's it.'",
          next = "hub",
          coach = "MEDDIC, decision criteria: you asked how the system has "
            .. "to work in her world, and heard why the last one failed." },
        { id = "summarize",
          text = function(s)
            local parts = "four failed walk-ins this year, logs nobody trusts, "
              .. "and about three hundred forty thousand a year in spoiled food"
            if s.facts.insurance then
              parts = parts .. ", with an insurer raising your premium"
            end
            return "Let me check I have this right: " .. parts
              .. ". Is that fair?"
          end,
          requires = { "scope", "cost" },
          unavailable = "You don't know yet what spoilage costs across the "
            .. "group. Ask before you summarize.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 6 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied the weekend, "
            .. "the logs and the money into one picture and checked it with "
            .. "her." },
        { id = "quick_pilot",
          text = "While you think about the rest, let's get three stores live "
            .. "this week.",
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: she was starting "
            .. "to see a group-wide problem, and you handed her a three-store "
            .. "answer." },
      },
    },

    insurance_talk = {
      say = "Funny you ask. Our carrier raised the premium eighteen percent "
        .. "after last year's claims. They said round-the-clock monitoring at "
        .. "every store would bring it back down. Renewal's in five weeks.",
      choices = {
        { id = "renewal_math",
          text = "Five weeks. If every store were monitored before renewal, "
            .. "what would that be worth on the premium?",
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, scope = 10 },
          reply = "'Most of the seventy thousand they added,' she says slowly. "
            .. "'Every year.'",
          next = "hub",
          coach = "A SPIN implication question with a deadline: the "
            .. "insurance renewal makes the group decision worth money and "
            .. "urgent, for reasons that are hers, not your quarter's." },
        { id = "insurers",
          text = "Insurers. They always find a way to charge you more.",
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'Tell me about it,' she says.",
          next = "hub",
          coach = "Empathy without processing: you commiserated and let the "
            .. "five-week deadline slide past." },
        { id = "insurance_pitch",
          text = "Perfect. Let's get all 38 stores on order before your "
            .. "renewal. I can have a contract over today.",
          skills = { pushing = 3 },
          state = { trust = -8, scope = -10 },
          reply = "'Slow down. I can't sign for 38 stores,' she says.",
          next = "hub",
          coach = "Transactional pushing: you grabbed her deadline to close, "
            .. "before you knew who signs for the group." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in her words, then the economic buyer.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.trust >= 75 then
          return "Yes. That's it. I've never heard it said in one breath."
        end
        return "More or less, yes."
      end,
      choices = {
        { id = "payoff_q",
          text = "If every walk-in in all 38 stores reported itself, and the "
            .. "logs kept themselves, what would that change for you?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 6, scope = 10 },
          reply = "'I'd stop getting calls at seven a.m. from crying openers. "
            .. "And I'd hit my food-cost number for once.' She says it like "
            .. "she's just heard it herself.",
          next = "walt_step",
          coach = "A SPIN need-payoff question: she puts the value of a "
            .. "group-wide fix into her own words." },
        { id = "order_all",
          text = "Then let's put all 38 stores on order today.",
          skills = { pushing = 3 },
          state = { trust = -8, scope = -10 },
          reply = "'You know I can't sign that,' she says.",
          next = "walt_step",
          coach = "Transactional pushing: you closed on her agreement about "
            .. "the problem, not on a solution or the person who signs." },
        { id = "thanks_straight",
          text = "Thanks for being so straight with me about all this.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 3 },
          reply = "'Somebody has to be,' she says.",
          next = "walt_step",
          coach = "Sincere empathy, but no need-payoff question: she never "
            .. "says out loud what fixing this is worth." },
      },
    },

    walt_step = {
      say = function(s)
        if s.facts.buyer then
          return "So what do you want to do? You know all 38 stores is Walt's "
            .. "call, not mine."
        end
        return "So what do you want to do? I can sign for a store or two. "
          .. "Anything bigger goes to Walt, our CFO."
      end,
      choices = {
        { id = "bring_walt",
          text = "Let's bring Walt the whole picture before the insurance "
            .. "renewal: your spoilage number, the citations and what the "
            .. "insurer said. Could we get twenty minutes with him this week, "
            .. "with you leading?",
          requires = { "buyer", "insurance", "cost" },
          unavailable = "You don't know who signs for the group, or what the "
            .. "insurer has said. Ask before you go to the CFO.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 8, scope = 10 },
          reply = "'Thursday,' she says. 'He'll make time for the insurance "
            .. "part.'",
          next = "walt_meeting",
          coach = "MEDDIC, economic buyer and champion: you brought the CFO "
            .. "the case that matters to him, and kept Carmen in front of it." },
        { id = "who_walt",
          text = "Tell me about Walt. What does he care about?",
          when = function(s) return not s.facts.buyer end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "buyer" },
          reply = "'Cash, and the insurance bill. He's been on the phone with "
            .. "our carrier all month.' She sets up a meeting for next week.",
          next = "walt_meeting",
          coach = "MEDDIC, economic buyer, found late: the right question, "
            .. "but you learn who signs only when you're asked for a plan." },
        { id = "meet_walt",
          text = "Could we get twenty minutes with Walt this week, with you "
            .. "leading?",
          requires = { "buyer" },
          when = function(s) return not s.facts.insurance end,
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 3 },
          reply = "'I can get you Thursday,' she says.",
          next = "walt_meeting",
          coach = "MEDDIC, economic buyer and champion: the right meeting, "
            .. "with Carmen leading, though you go in without knowing what "
            .. "the CFO is paying the insurer." },
        { id = "start_small",
          text = "Let's start with a few stores you can sign for, and grow "
            .. "from there.",
          skills = { problem_solving = 1, pushing = 1 },
          next = function(s)
            if s.trust >= 40 then return "won_region" end
            return "stalled"
          end,
          coach = "The slow grind: starting with what the champion can sign "
            .. "is safe, but after finding a group-wide problem you sized the "
            .. "deal back down to a few stores." },
        { id = "call_walt",
          text = "Can you give me Walt's number? I'll call him myself.",
          skills = { pushing = 2 },
          state = { trust = -10, scope = -10 },
          reply = "'I'll set it up,' she says coolly.",
          next = "walt_meeting",
          coach = "Going around the champion: you asked to leave Carmen out "
            .. "of a case she built with you." },
      },
    },

    walt_meeting = {
      say = function(s)
        local q = "why should we spend a hundred fifty thousand a year when "
          .. "our coolers work fine most of the time?"
        if s.trust >= 70 then
          return "Walt's here. He asked me the same thing I'd ask: " .. q
        end
        return "Walt's here, and he's skeptical. He wants to know " .. q
      end,
      choices = {
        { id = "carmen_numbers",
          text = "Carmen, do you want to share the spoilage number? Then I'll "
            .. "show Walt what monitoring every store would do for the "
            .. "insurance renewal.",
          requires = { "cost", "insurance" },
          unavailable = "You don't have the numbers that answer Walt: what "
            .. "spoilage costs and what the insurer wants.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 8, scope = 10 },
          reply = "Carmen gives the number. Walt does the insurance math "
            .. "himself, and stops looking at his phone.",
          next = "walt_alarms",
          coach = "Champion-led problem-solving: Carmen gives her own "
            .. "numbers and you answer the CFO's question with his own bill." },
        { id = "ask_walt",
          text = "Fair question. What would you need to see to call this worth "
            .. "it?",
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "insurance" },
          reply = "'Honestly? If it fixed the insurance premium, it would pay "
            .. "for itself,' Walt says.",
          next = "walt_alarms",
          coach = "A good question to the economic buyer, but it shows you "
            .. "came without the answer Carmen could have given you." },
        { id = "discount_walt",
          text = "If you commit to all 38 stores this month, I can take twenty "
            .. "percent off.",
          skills = { pushing = 3 },
          state = { trust = -10, scope = -10 },
          reply = "Walt smiles the way CFOs smile at discounts. 'Noted.'",
          next = "walt_alarms",
          coach = "Transactional pushing, discounting: you answered a "
            .. "question about value with a cut in price." },
        { id = "feature_walt",
          text = "Our sensors take a reading every minute and the batteries "
            .. "last ten years.",
          skills = { pushing = 2 },
          state = { trust = -5, scope = -5 },
          reply = "'I'm sure they do,' Walt says.",
          next = "walt_alarms",
          coach = "A feature pitch to a CFO: transactional pushing that "
            .. "answers a question he didn't ask." },
      },
    },

    walt_alarms = {
      say = "Walt has one more: who gets woken up when a sensor goes off? He "
        .. "is not paying for thirty-eight stores of false alarms.",
      choices = {
        { id = "alarm_plan",
          text = "The on-call manager and your repair company, never you or "
            .. "Carmen. That's how Carmen said it has to work. Carmen, do you "
            .. "want to tell him why?",
          requires = { "alerts" },
          unavailable = "You never asked who should get the call at two a.m.",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "Carmen tells the story of her friend's forty texts a night. "
            .. "Walt laughs for the first time.",
          next = "proposal",
          coach = "Active listening, processing stage: you used the "
            .. "condition Carmen set earlier to answer the CFO, and let her "
            .. "tell the story." },
        { id = "alarm_ask",
          text = "Fair. Who would you want an alarm to reach, and who should "
            .. "it never wake up?",
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "alerts" },
          reply = "'Not me, not Carmen,' Walt says. Carmen adds: 'The on-call "
            .. "manager and the repair company. A friend switched off a system "
            .. "that texted her forty times a night.'",
          next = "proposal",
          coach = "A clarifying question, asked late: a good one, but it's "
            .. "the question Carmen could have answered in the first call." },
        { id = "nobody_wants",
          text = "Nobody wants their phone buzzing all night.",
          skills = { empathy = 2 },
          state = { trust = 1 },
          reply = "'So who does it buzz?' Walt asks.",
          next = "proposal",
          coach = "Empathy without an answer: you agreed with the worry and "
            .. "left the question standing." },
        { id = "alarm_stat",
          text = "Our false-alarm rate is under one percent, the best in the "
            .. "industry.",
          skills = { pushing = 1 },
          state = { trust = -3, scope = -15 },
          reply = "'That's not what I asked,' Walt says.",
          next = "proposal",
          coach = "A statistic instead of an answer, a mild form of pushing: "
            .. "he asked who gets woken up, not how often." },
      },
    },

    proposal = {
      say = function(s)
        if s.trust >= 75 then
          return "Walt's nodding, which he doesn't do much. So what exactly "
            .. "are you proposing?"
        elseif s.trust >= 50 then
          return "Walt's listening. What are you proposing?"
        end
        return "Walt has another meeting. What exactly are you proposing?"
      end,
      choices = {
        { id = "group_plan",
          text = function(s)
            local who = "with alarms going to the on-call manager"
            if s.facts.alerts then
              who = "with alarms going to the on-call manager and your repair "
                .. "company, never to Carmen's phone"
            end
            return "All 38 stores on a three-year agreement, live before the "
              .. "insurance renewal: a sensor in every walk-in and freezer, "
              .. "logs that keep themselves, " .. who .. "."
          end,
          requires = { "cost" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_group,
          coach = "Problem-solving, the trusted-advisor close: a proposal "
            .. "built from what they told you: every store, the renewal "
            .. "date, and alarms that reach the right people." },
        { id = "your_pace",
          text = "What pace feels right to the two of you?",
          skills = { empathy = 1, listening = 2 },
          next = close_modest,
          coach = "Listening, but passive at the close: the buyer needs a "
            .. "proposal to react to, not another question." },
        { id = "one_year",
          text = "One year for all 38 stores, and we see how it goes.",
          skills = { problem_solving = 1 },
          next = close_modest,
          coach = "A simple proposal that ignores the renewal: a one-year "
            .. "trial run gives the insurer nothing to count on." },
        { id = "sign_week",
          text = "Let's sign this week, and I'll hold twenty percent off.",
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 60 then return "won_region" end
            if s.trust >= 35 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: you pressed a CFO "
            .. "for a signature with a discount, and he reads pressure as "
            .. "risk." },
      },
    },

    ----------------------------------------------------------------------
    -- The pilot track: the quick yes, and a conversation that stays small.
    ----------------------------------------------------------------------
    pilot_yes = {
      say = "Now you're talking. Sugar Land, Katy and the Galleria store. Send "
        .. "me the paperwork and get them in this week.",
      choices = {
        { id = "lock_discount",
          text = "Done. Sign today and I'll waive the installation fee.",
          skills = { pushing = 3 },
          next = "pilot_setup",
          coach = "Transactional pushing: a giveaway on a deal she had "
            .. "already agreed to. You bought nothing with it." },
        { id = "confirm",
          text = "I'll send it within the hour. Who should I work with on the "
            .. "installs?",
          skills = { listening = 1, pushing = 1 },
          next = "pilot_setup",
          coach = "Efficient order-taking: a good question for the install, "
            .. "none for the business." },
        { id = "while_here",
          text = "Will do. While I have you, has this happened at other stores "
            .. "too?",
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "scope" },
          reply = "'A few. Let's see how the pilot goes first.'",
          next = "pilot_setup",
          coach = "A good SPIN problem question, asked after the sale: she "
            .. "answers, but she has already filed this under 'pilot'." },
      },
    },

    pilot_setup = {
      say = "Installs go through Dez, our facilities guy. Anything else? I've "
        .. "got a walk-through.",
      choices = {
        { id = "alert_who",
          text = "One thing: when a sensor alarms at two a.m., who should get "
            .. "the call?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "alerts" },
          reply = "'The on-call manager and the repair company. Not me. A "
            .. "friend switched off a system that texted her forty times a "
            .. "night.'",
          next = "pilot_wrap",
          coach = "MEDDIC, decision criteria: you made sure the pilot works "
            .. "the way her kitchens do. Good for the pilot; the pilot is "
            .. "still three stores." },
        { id = "rest_of_group",
          text = "Could we talk about the other thirty-five stores now, too?",
          skills = { pushing = 2 },
          state = { trust = -5 },
          reply = "'Let's see how the pilot goes,' she says, and picks up her "
            .. "keys.",
          next = "pilot_wrap",
          coach = "Transactional pushing, an upsell on a pilot that hasn't "
            .. "started: she hears a rep who wants more, not a problem worth "
            .. "solving." },
        { id = "thanks_quick",
          text = "Thanks for moving so fast. I know you've got a lot going on.",
          skills = { empathy = 2 },
          state = { trust = 3 },
          reply = "'That's the job,' she says.",
          next = "pilot_wrap",
          coach = "Empathy: gracious, and it doesn't change what this is, a "
            .. "three-store pilot." },
      },
    },

    pilot_wrap = {
      say = function(s)
        if s.trust >= 50 then
          return "Send me the paperwork. If it works, we'll talk about more "
            .. "stores."
        end
        return "Send me the paperwork. I've really got to go."
      end,
      choices = {
        { id = "pilot_success",
          text = "What would the pilot need to show for you to roll it out "
            .. "further?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          next = "won_pilot",
          coach = "A good question about success criteria: the right habit, "
            .. "but a pilot's criteria are about three stores, not about the "
            .. "group." },
        { id = "paperwork",
          text = "It'll be in your inbox in an hour.",
          skills = { pushing = 1 },
          next = "won_pilot",
          coach = "Order-taking: a clean finish to a small sale." },
        { id = "write_group",
          text = "Why wait? If it works at three, it'll work at thirty-eight. "
            .. "Let's write the whole group now.",
          skills = { pushing = 3 },
          state = { trust = -10 },
          next = function(s)
            if s.trust >= 40 then return "won_pilot" end
            return "stalled"
          end,
          coach = "Transactional pushing: you tried to turn a pilot into a "
            .. "group deal by pressure, without the case that would make it "
            .. "one." },
      },
    },
  },

  endings = {
    won_group = {
      say = "Walt signs a three-year agreement for all 38 restaurants the "
        .. "week before the insurance renewal. The carrier takes most of the "
        .. "increase back, and Carmen's first month of automatic logs goes to "
        .. "the health department instead of a clipboard.",
      outcome = { result = "won", deal_value = 456000, days_to_close = 24 },
    },
    won_year = {
      say = "Walt approves a one-year contract for all 38 restaurants after "
        .. "two more meetings. The rollout misses the insurance renewal, so "
        .. "the premium stays where it is for another year, and the renewal "
        .. "talk starts the day it's signed.",
      outcome = { result = "won", deal_value = 152000, days_to_close = 70 },
    },
    won_region = {
      say = function(s)
        if s.chose.sign_week then
          return "Walt doesn't like being rushed, and says no to the group. "
            .. "After three months of follow-ups, Carmen signs for the twelve "
            .. "Houston restaurants, one year, out of her own budget."
        end
        return "After three months of follow-ups, Carmen signs for the twelve "
          .. "Houston restaurants, one year, out of her own budget. Her CFO "
          .. "never hears the insurance case."
      end,
      outcome = { result = "won", deal_value = 48000, days_to_close = 100 },
    },
    won_pilot = {
      say = function(s)
        local line = "Carmen signs the three-store pilot in four days. The "
          .. "sensors work, and she's pleased."
        if s.facts.scope then
          return line .. " You know other stores have the same problem, but "
            .. "she has filed you under 'pilot'. Six weeks later her CFO buys "
            .. "a group-wide system from the monitoring company their insurer "
            .. "recommends."
        end
        return line .. " Six weeks later her CFO signs a group-wide deal with "
          .. "the monitoring company their insurer recommends. Nobody asked "
          .. "you."
      end,
      outcome = { result = "won", deal_value = 9600, days_to_close = 4 },
    },
    stalled = {
      say = "Carmen stops replying. The insurance renewal comes and goes, "
        .. "and the next cooler fails at the Katy store.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Walt thanks you for your time. Two weeks later Harvest Table "
        .. "signs with the monitoring company their insurer recommends.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test early-push-trap`.
  tests = {
    { name = "patient discovery and the CFO win all 38 stores, fast",
      path = { "what_happened", "logs_question", "other_37", "ask_cost",
               "ask_insurance", "renewal_math", "ask_buyer", "ask_alerts",
               "summarize", "payoff_q", "bring_walt", "carmen_numbers",
               "alarm_plan", "group_plan" },
      ending = "won_group", min = { overall = 90, trust = 75, scope = 90 },
      max = { transactional_pushing = 0 },
      facts = { "logs", "scope", "cost", "insurance", "buyer", "alerts" } },
    { name = "the early push works: a three-store pilot in four days",
      path = { "sensors_thursday", "lock_discount", "rest_of_group",
               "paperwork" },
      ending = "won_pilot", max = { overall = 20 } },
    { name = "one early push, then a perfect call, still only wins the pilot",
      path = { "what_happened", "logs_question", "auto_logs", "while_here",
               "alert_who", "pilot_success" },
      ending = "won_pilot", facts = { "logs", "scope", "alerts" } },
    { name = "pushing at every turn stalls",
      path = { "feature_pitch", "quote_pilot", "lock_discount",
               "rest_of_group", "write_group" },
      ending = "stalled", max = { overall = 10 } },
    { name = "pushing the CFO after good discovery loses the deal",
      path = { "what_happened", "other_stores", "ask_cost", "ask_insurance",
               "insurance_pitch",
               "summarize", "order_all", "call_walt", "discount_walt",
               "alarm_stat", "sign_week" },
      result = "lost" },
    { name = "skipping the insurer and the buyer is the slow grind",
      path = { "what_happened", "logs_question", "other_37", "ask_cost",
               "ask_alerts", "summarize", "payoff_q", "who_walt", "ask_walt",
               "alarm_plan", "group_plan" },
      ending = "won_year" },
    { name = "a solid call that misses the insurer and the payoff question is the slow grind",
      path = { "what_happened", "logs_question", "cooks_slammed", "ask_scope",
               "ask_cost", "ask_alerts", "ask_buyer", "summarize",
               "thanks_straight", "meet_walt", "ask_walt", "alarm_plan",
               "group_plan" },
      ending = "won_year", min = { trust = 75 }, max = { scope = 89 } },
    { name = "a warm call that never sizes the problem wins one region, slowly",
      path = { "sorry_loss", "sorry_sunday", "good_people", "send_info" },
      ending = "won_region" },
    { name = "bringing Walt in is locked until the insurer and buyer are known",
      path = { "what_happened", "logs_question", "other_37", "ask_cost",
               "summarize", "payoff_q" },
      offered = { "who_walt", "start_small" }, not_offered = { "bring_walt" } },
  },
}
