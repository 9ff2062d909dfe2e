-- early-push-trap.lua: the quick yes that costs the big deal.
--
-- Odalys Fairweather runs operations for 38 restaurants. A walk-in cooler
-- died at one of them last weekend, and she is ready to buy sensors for it
-- today.  Pushing for that order works: she says yes to a three-store pilot
-- within minutes, and the trainee wins a small deal in four days.  The
-- patient path finds that the cooler is a symptom: logs nobody trusts,
-- failures at other stores, an insurer raising premiums, and a CFO who owns
-- that bill.  It wins all 38 restaurants for three years, in weeks.
--
-- The right moves are not all questions.  The opening's best move teaches
-- (Challenger: an insight that reframes the problem from "a dead compressor"
-- to "nobody could see it coming"); when she asks the price straight out,
-- the best move is a straight answer, not a dodge; the summary for the CFO
-- must put his problem (the insurance renewal) first.  Polished wrong moves
-- sit beside them: a misread temperature, "four stores" when the insurer
-- said every store, alarms routed to the one person who said "not me", a
-- tablet-logs fix aimed at the wrong problem, and pushes phrased as "would
-- it help if...?".  Sources: SPIN (Rackham: implication questions, and
-- closing techniques that win small sales and lose large ones), The
-- Challenger Sale (Dixon & Adamson: teach, tailor, take control; trade a
-- concession, never give it), MEDDIC (economic buyer, decision criteria),
-- active empathetic listening (Drollinger: sensing, processing,
-- responding).  Warmth without problem-solving wins one region, slowly.
--
-- Hidden meters: trust (how far Odalys believes you understand her
-- kitchens) and scope (how big a problem she and her CFO now see: one
-- cooler, or the group; pitches and statistics shrink it back to a product
-- purchase).  Once she has said yes to the pilot, the conversation is about
-- the pilot: no later question can win the group deal back.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- The trusted-advisor close: the group deal follows trust, how big Odalys
-- sees the problem, and whether Barnaby heard the whole case.
local function close_group(s)
  if s.trust >= 80 and s.scope >= 90
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

-- A close that leaves the size or the timing of the deal to the prospect.
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

-- What a champion signs on her own budget, if she still wants to.
local function her_region(s)
  if s.trust >= 40 then return "won_region" end
  return "stalled"
end

return scenario {
  id = "early-push-trap",
  title = "The quick yes: a pilot that costs the group deal",
  module = "closing",
  difficulty = "advanced",
  version = "2.0",
  minutes = 12,
  currency = "USD",
  brief = "Odalys Fairweather is COO of Harvest Table Group, 38 casual-dining "
    .. "restaurants around Houston and Central Texas. A walk-in cooler failed "
    .. "at one of them last weekend, and she agreed to ten minutes about "
    .. "Frostline, your wireless temperature monitoring for commercial "
    .. "kitchens. She sounds ready to buy. Find out how big her problem "
    .. "really is, what it costs, and who would decide on fixing it.",
  prospect = {
    name = "Odalys Fairweather",
    role = "Chief Operating Officer",
    company = "Harvest Table Group",
    persona = "Decisive, quick and fiercely loyal to her managers. She "
      .. "started as a line cook twenty years ago. She likes people who move "
      .. "fast and give straight answers, and she will say yes to a quick fix "
      .. "if you offer one, but she trusts people who understand how her "
      .. "kitchens really run.",
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
      .. "across the group, against a food-cost target that Odalys's bonus "
      .. "depends on.",
    insurance = "Their insurer raised the equipment and spoilage premium 18% "
      .. "(about $70,000 a year) after last year's claims, and said documented "
      .. "round-the-clock monitoring at every restaurant would bring it back "
      .. "down. The policy renews in five weeks.",
    buyer = "Odalys can approve spending for a restaurant or two. Anything "
      .. "across the group goes to Barnaby Skerritt, CFO and co-founder, who "
      .. "also owns the insurance relationship.",
    alerts = "Odalys's condition: alarms must go to the on-call manager and "
      .. "the repair vendor, not to her. A franchise group she knows switched "
      .. "off a competitor's system because it texted the owner forty times a "
      .. "night.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The opening: a prospect who wants straight talk, and the small thing.
    ----------------------------------------------------------------------
    opening = {
      say = "Odalys Fairweather. I've got ten minutes before a walk-through. "
        .. "One of our walk-ins died over the weekend at the Sugar Land store, "
        .. "and we threw out eleven thousand dollars of food. Your email said "
        .. "sensors. Talk to me.",
      choices = {
        { id = "sorry_loss",
          text = {
            "Eleven thousand dollars in one weekend. That's painful, and "
              .. "I'm sorry.",
            "Eleven thousand dollars of food in one weekend, and a store "
              .. "to reopen on Monday? That's a painful way to start your "
              .. "week.",
          },
          skills = { empathy = 2 },
          state = { trust = 4 },
          reply = "'It is,' she says. 'So?'",
          next = "sugar_land",
          coach = "Empathy, responding stage (AELS): kind and quick, but she "
            .. "asked you to talk, and you haven't said anything yet." },
        { id = "sensors_thursday",
          text = {
            "Would it help to have Sugar Land covered by Thursday, before "
              .. "next weekend?",
            "We can have sensors in Sugar Land by Thursday. Would you "
              .. "like me to send the order for that store today, so you're "
              .. "covered next weekend?",
          },
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: she wanted a "
            .. "fix and you offered one, so she'll say yes. But you sold a "
            .. "sensor for one cooler before asking whether the cooler is the "
            .. "problem." },
        { id = "drift_insight",
          text = {
            "Short version: walk-ins rarely die without warning. I'd bet "
              .. "yours drifted warm for days.",
            "Straight talk: the product isn't the point. Walk-ins drift "
              .. "warm for days before they die; the point is whether anyone "
              .. "can see it.",
            "Here's what I'd look at: compressors rarely fail out of "
              .. "nowhere. A walk-in drifts warm for days first, so could "
              .. "anyone have seen it coming?",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 10, scope = 10 },
          reply = "She stops. 'Could anyone have?' She pulls up a photo of a "
            .. "clipboard. 'Let me tell you what the log says.'",
          next = "sugar_land",
          coach = "Challenger, teaching: she asked for straight talk, and you "
            .. "gave her an insight that reframes the problem, from a dead "
            .. "compressor to a kitchen nobody can see into at night." },
        { id = "what_happened",
          text = {
            "That's a rough weekend. What happened, from the moment the "
              .. "cooler went down?",
            "Before I say a word about sensors, walk me through it: what "
              .. "happened at Sugar Land, from the moment the cooler went "
              .. "down?",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reply = "'All right,' she says, and slows down a little.",
          next = "sugar_land",
          coach = "A SPIN situation question with empathy: a sound start, "
            .. "though she asked you to talk, and an insight would have "
            .. "earned more of her ten minutes." },
        { id = "feature_pitch",
          text = {
            "Frostline reads every cooler once a minute and texts you the "
              .. "second it warms.",
            "Frostline reads every cooler and freezer once a minute and "
              .. "texts you the second one starts to warm up. Nobody else in "
              .. "the market does that.",
          },
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
          text = {
            "Ninety-six hundred a year for Sugar Land and two more "
              .. "stores, installation free.",
            "Would ninety-six hundred for the year work for you, for "
              .. "Sugar Land and two more stores at our pilot rate, with "
              .. "installation free if you sign this week?",
          },
          skills = { pushing = 3 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing, a sweetened pilot: it closes, and "
            .. "it tells her Frostline is a small purchase with a soft price." },
        { id = "reframe",
          text = {
            "I'll tell you. First, what happened this weekend? The answer "
              .. "changes the price.",
            "I'll give you a straight price. But what you need decides "
              .. "it, so first: what actually happened at Sugar Land this "
              .. "weekend?",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reply = "She shrugs. 'Fair.'",
          next = "sugar_land",
          coach = "A recovery: you declined to quote into a vacuum and went "
            .. "back to her story, a SPIN situation question." },
        { id = "just_sugar",
          text = {
            "For Sugar Land alone? About four thousand a year, installed, "
              .. "and you could have it by Thursday.",
            "For just the one store? It's about four thousand a year, "
              .. "installed, and the paperwork can be with you this afternoon "
              .. "if that's easier for you and your team.",
          },
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
        { id = "three_stores",
          text = {
            "That's exactly what these sensors catch. Let's get three "
              .. "stores live this week.",
            "That's exactly what sensors catch. Would your two busiest "
              .. "stores want them this week too, so you're not living through "
              .. "another weekend like that?",
          },
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: she'll agree, "
            .. "because you offered a fix for the problem she named. You "
            .. "never found out whether it's the problem she has." },
        { id = "wrong_reading",
          text = {
            "So the log showed fifty-two at two a.m. and nobody acted on "
              .. "it. That's the gap.",
            "So the log had it at fifty-two degrees by two a.m., and "
              .. "nobody acted until the morning. That's a response-time "
              .. "problem, and it's fixable.",
          },
          skills = {},
          state = { trust = -6 },
          reveal = { "logs" },
          reply = "'Thirty-eight,' she says. 'The log says thirty-eight at two. "
            .. "Which can't be right: nobody was there. Our logs get filled in "
            .. "after the fact.'",
          next = "logs_talk",
          coach = "A polished recall of the wrong number (AELS, processing): "
            .. "the log said thirty-eight at two a.m., and that impossible "
            .. "reading was the clue. Getting it wrong tells her you weren't "
            .. "listening." },
        { id = "logs_question",
          text = {
            "Thirty-eight degrees at two a.m., in a closed store. I think "
              .. "that log was filled in after the fact.",
            "A reading at two a.m., in a building nobody was in? I'd want "
              .. "to know how often your logs get filled in after the fact.",
          },
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 6, scope = 10 },
          reveal = { "logs" },
          next = "logs_talk",
          coach = "Active listening, sensing stage (AELS): you caught the "
            .. "detail she half-said, and it leads from one cooler to how "
            .. "every kitchen really runs." },
        { id = "other_stores",
          text = {
            "Has this happened at any of your other stores this year?",
            "Before we talk about Sugar Land's fix, has anything like "
              .. "this happened at your other stores? One cooler could be bad "
              .. "luck; two is a pattern.",
          },
          skills = { listening = 1, problem_solving = 2 },
          state = { trust = 4, scope = 15 },
          reveal = { "scope" },
          reply = "'Four this year, counting Sugar Land,' she says. 'Each "
            .. "manager calls whoever answers first.'",
          next = "price_ask",
          coach = "A SPIN problem question: you looked past the one store, "
            .. "though you skipped the clue about the logs." },
        { id = "sorry_sunday",
          text = {
            "What a way to start a Sunday. Your opener must have felt "
              .. "sick.",
            "What a way to start a Sunday. How is your opener holding up, "
              .. "and how are you doing yourself after a weekend like that?",
          },
          skills = { empathy = 2 },
          state = { trust = 5 },
          next = "venting",
          coach = "Empathy for the people in her story: warm, and she'll "
            .. "keep talking, but you let the two a.m. reading go by." },
      },
    },

    logs_talk = {
      say = "Honestly? More often than I want to know. We got cited at two "
        .. "stores this year for incomplete logs. The cooks fill them in at the "
        .. "end of the shift, because they're slammed.",
      choices = {
        { id = "cooks_slammed",
          text = {
            "That's not a lazy-cook problem. That's a too-much-to-do "
              .. "problem.",
            "Can you blame them? You're asking people at the end of a "
              .. "double shift to fill in a clipboard from memory, aren't you?",
          },
          skills = { empathy = 2 },
          state = { trust = 5 },
          reply = "'Thank you,' she says. 'Exactly that.'",
          next = "price_ask",
          coach = "Empathy, responding stage: you defended her cooks, and "
            .. "she noticed. The bigger question is still unasked." },
        { id = "digital_logs",
          text = {
            "Then it's a training fix: tablet logs with a reminder, not "
              .. "paper at midnight.",
            "Then the fix is simpler than sensors: put the logs on a "
              .. "tablet with a reminder every four hours, and the cooks tap "
              .. "instead of writing at midnight.",
          },
          skills = {},
          state = { trust = -2 },
          reply = "'Maybe,' she says. 'They'd still be typing it in at the "
            .. "end of the shift.'",
          next = "price_ask",
          coach = "An insight aimed at the wrong problem: the form isn't "
            .. "the trouble; nobody knows the real temperature at night, on "
            .. "paper or on a tablet." },
        { id = "other_37",
          text = {
            "If Sugar Land's log can't be trusted, I'd ask what you "
              .. "really know about the other thirty-seven.",
            "Then here's the question I'd ask: if the logs can't be "
              .. "trusted at Sugar Land, what does that mean for the other "
              .. "thirty-seven stores tonight?",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5, scope = 15 },
          reveal = { "scope" },
          reply = "She goes quiet. 'It means I don't know. Four walk-ins "
            .. "failed this year that I know of, and each manager called "
            .. "whoever answered first.'",
          next = "price_ask",
          coach = "A SPIN implication question: you turned one bad log into "
            .. "the real question, what she doesn't know about the other "
            .. "thirty-seven kitchens." },
        { id = "auto_logs",
          text = {
            "Sensors log automatically. Start Sugar Land and two more "
              .. "this week?",
            "Our sensors log automatically, so the citations go away. "
              .. "Would you like to start with Sugar Land and two more stores "
              .. "this week, to see it working?",
          },
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
        { id = "good_people",
          text = {
            "You obviously care a great deal about your managers, and it "
              .. "shows.",
            "You obviously care a great deal about your managers, don't "
              .. "you? That kind of loyalty is rare in this business, and they "
              .. "must know it.",
          },
          skills = { empathy = 3 },
          state = { trust = 5 },
          reply = "'They're the business,' she says.",
          next = "friendly_wrap",
          coach = "Empathy without direction: true and kind, but it steers "
            .. "nowhere, and her ten minutes are running." },
        { id = "fix_sugar",
          text = {
            "Then let's take one thing off their plate: sensors in three "
              .. "stores this week.",
            "Then why not take one thing off their plate right away? "
              .. "Would your managers like sensors in Sugar Land and two more "
              .. "stores this week?",
          },
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: a neat answer "
            .. "to one overworked opener, and the end of any bigger "
            .. "conversation." },
        { id = "stretched_how",
          text = {
            "Stretched how? What's eating most of their time on a shift?",
            "Stretched how, exactly? I'd like to understand what's eating "
              .. "their time on a normal shift, before I suggest anything at "
              .. "all.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 6 },
          reveal = { "logs" },
          reply = "'Paperwork, mostly. Temperature logs nobody fills in until "
            .. "the end of the night.'",
          next = "logs_talk",
          coach = "Active listening, responding stage: you asked her to "
            .. "unpack 'stretched', and it leads to the logs." },
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
        { id = "send_info",
          text = {
            "I'll send you some information, and we can pick this up next "
              .. "week.",
            "I'll send you some information on how other groups handle "
              .. "this, and we can pick it up next week whenever you have a "
              .. "free half hour.",
          },
          skills = { empathy = 1, listening = 1 },
          next = function(s)
            if s.trust >= 50 then return "won_region" end
            return "stalled"
          end,
          coach = "Friendly but unfocused: a pleasant call with no problem "
            .. "sized and no decision-maker found. Friendly wins small, slow "
            .. "deals, if any." },
        { id = "late_scope",
          text = {
            "Just one thing: has this happened at other stores too?",
            "Only one thing, and then I'll let you go: has this happened "
              .. "at any of your other stores this year, or is Sugar Land the "
              .. "first?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 4, scope = 10 },
          reveal = { "scope" },
          reply = "'Four this year,' she says, and checks her watch. 'Fine, "
            .. "five more minutes.'",
          next = "price_ask",
          coach = "A SPIN problem question, late but in time: it gives a "
            .. "friendly call something to stand on." },
        { id = "pilot_push",
          text = {
            "How about three stores this week, just to get started?",
            "Would it be easier to just start with three stores this "
              .. "week, so your managers have one less thing to worry about "
              .. "while you decide?",
          },
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: a small, easy "
            .. "yes at the end of a warm call." },
      },
    },

    ----------------------------------------------------------------------
    -- She asks the price straight out: answer it.
    ----------------------------------------------------------------------
    price_ask = {
      say = function(s)
        if s.facts.scope then
          return "Four that I know of. Okay, you've got me worried. Straight "
            .. "answer: what does Frostline cost per store?"
        end
        return "Okay. Straight answer, because I've got a walk-through: what "
          .. "does Frostline cost per store?"
      end,
      choices = {
        { id = "value_claim",
          text = {
            "Less than it costs you not to have it. Most groups see "
              .. "payback in months.",
            "Honestly, less than it costs you not to have it. Most groups "
              .. "your size see full payback in under six months, usually from "
              .. "the first saved walk-in.",
          },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'That's not a number,' she says.",
          next = "cost_talk",
          coach = "A pitch line instead of an answer: she asked a direct "
            .. "question, and a non-answer sounds like the price is bad news." },
        { id = "dodge_price",
          text = {
            "Before we get to price, what does spoiled food cost you "
              .. "across the group?",
            "I'd rather not quote you a number in a vacuum. Before we get "
              .. "to price, can I ask what spoiled food costs you across all "
              .. "of your stores?",
          },
          skills = { listening = 1 },
          state = { trust = -10 },
          reply = "'I asked you first,' she says, and waits.",
          next = "cost_talk",
          coach = "A good SPIN question at the wrong moment: she asked for a "
            .. "straight answer, and answering a direct price question with "
            .. "a question reads as a dodge." },
        { id = "straight_price",
          text = {
            "The price is about four thousand a year per restaurant, "
              .. "sensors and installation included.",
            "Straight answer: the price is about four thousand a year per "
              .. "restaurant, installed. Whether that's worth it depends on "
              .. "what spoilage already costs you.",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 6 },
          reply = "She nods once. 'Thank you. Most of you make me ask three "
            .. "times.'",
          next = "cost_talk",
          coach = "A direct answer to a direct question: she asked the price "
            .. "plainly, and a plain number earns more trust than any "
            .. "technique. Naming the product's price is right when the buyer "
            .. "asks for it (Challenger: take control by being straight)." },
        { id = "pilot_quote",
          text = {
            "For you, three stores at the pilot rate: ninety-six hundred, "
              .. "installation free.",
            "For you, three stores at our pilot rate: ninety-six hundred "
              .. "for the year, and I'll waive installation if you can sign "
              .. "this week.",
          },
          skills = { pushing = 3 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing, a discounted pilot: she asked a "
            .. "price per store and you sold her three stores, with a "
            .. "concession nobody asked for." },
      },
    },

    cost_talk = {
      say = function(s)
        if s.chose.straight_price then
          return "Four thousand a store. For all 38 that's a hundred fifty-two "
            .. "thousand a year. Our CFO will choke."
        end
        return "Whatever it costs, thirty-eight stores of it is a big number. "
          .. "Our CFO will choke."
      end,
      choices = {
        { id = "start_three",
          text = {
            "Then don't start with 38. Start with three stores you can "
              .. "sign for.",
            "Then don't ask him for 38 at all. Would it be easier to "
              .. "start with the three stores you can sign for, and let the "
              .. "results do the talking?",
          },
          skills = { pushing = 2 },
          state = { trust = 3 },
          next = "pilot_yes",
          coach = "Transactional pushing that seems to work: you shrank the "
            .. "deal to her signing limit the moment the group-wide number "
            .. "appeared, instead of sizing the problem it solves." },
        { id = "per_day",
          text = {
            "Put it per store per day: about eleven dollars. Nobody "
              .. "chokes at eleven dollars.",
            "A hundred fifty-two thousand a year is about eleven dollars "
              .. "a store a day. Put it to your CFO that way, and nobody "
              .. "chokes at eleven dollars.",
          },
          skills = { pushing = 1 },
          state = { trust = -3, scope = -10 },
          reply = "'He's a CFO,' she says. 'He can multiply.'",
          next = "who_signs",
          coach = "Price-shrinking arithmetic, a mild form of pushing: it "
            .. "makes the cost look small instead of making the problem look "
            .. "its real size." },
        { id = "cfo_sympathy",
          text = {
            "CFOs choke at every number; honestly, it's part of the job "
              .. "description.",
            "Is he under as much pressure as you are this year, with your "
              .. "food costs where they are? It sounds like you're both "
              .. "carrying a lot, and you're carrying the stores too.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'He is,' she says.",
          next = "who_signs",
          coach = "Empathy for the absent CFO: pleasant, and it leaves the "
            .. "price standing alone, with nothing to compare it to." },
        { id = "ask_cost",
          text = {
            "Before your CFO sees our price, let's set it beside what "
              .. "spoilage already costs the group a year.",
            "Then I'd put it next to what you already spend without "
              .. "choosing to. What does spoiled food cost across all 38 "
              .. "stores in a year?",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 4, scope = 15 },
          reveal = { "cost" },
          reply = "She does the math out loud. 'About three hundred forty "
            .. "thousand. Against a food-cost target my bonus depends on.'",
          next = "who_signs",
          coach = "A SPIN implication question: you set the price against "
            .. "the cost of the problem, and four failed coolers became a "
            .. "group-wide number she now has to think about." },
      },
    },

    ----------------------------------------------------------------------
    -- Who signs, and what keeps him up.
    ----------------------------------------------------------------------
    who_signs = {
      say = function(s)
        if s.facts.cost then
          return "Three forty a year. That gets attention. But I can sign for "
            .. "a store or two, not for the group."
        end
        return "Look, I can sign for a store or two. Not for the group."
      end,
      choices = {
        { id = "bonus_empathy",
          text = {
            "And your bonus rides on that number. That's a lot to carry "
              .. "alone.",
            "And your own bonus rides on that food-cost number, doesn't "
              .. "it? How are you holding up, with all of that sitting on you "
              .. "and the group watching?",
          },
          requires = { "cost" },
          skills = { empathy = 2 },
          state = { trust = 3 },
          reply = "'It is,' she says, and for a second she looks tired.",
          next = "carrier",
          coach = "Empathy, responding stage: true, and it lets the moment "
            .. "pass without finding out who signs for the group." },
        { id = "ask_buyer",
          text = {
            "Then I'd like to know who signs a deal for the group, and "
              .. "what he loses sleep over.",
            "Then whoever signs for the group needs to see this. Who is "
              .. "he, and what keeps him up?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3, scope = 5 },
          reveal = { "buyer" },
          reply = "'Barnaby Skerritt. CFO, co-founder. He owns the insurance "
            .. "relationship too.'",
          next = "carrier",
          coach = "MEDDIC, economic buyer: you found who signs for the whole "
            .. "group, and what he weighs, before proposing anything the size "
            .. "of the group." },
        { id = "own_budget",
          text = {
            "Then keep it in your own budget: your worst dozen stores, a "
              .. "store or two at a time, no committee.",
            "Then keep it inside what you can sign: your worst dozen "
              .. "stores, a store or two at a time, out of your own budget, "
              .. "and nobody else in the group has to get involved.",
          },
          skills = { pushing = 1 },
          next = her_region,
          coach = "The slow grind: sizing the deal to the champion's budget "
            .. "avoids the CFO, and with him the insurance case that would "
            .. "have paid for the group." },
        { id = "call_barnaby",
          text = {
            "Could your CFO hear this from the vendor directly? You "
              .. "shouldn't have to carry it.",
            "Could your CFO take a call from the vendor directly? It "
              .. "would spare you carrying the spreadsheet into his office on "
              .. "top of everything else.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, scope = -10 },
          next = "brushed",
          coach = "Going around the champion, phrased as a favour: she "
            .. "hears that the real conversation happens without her." },
      },
    },

    carrier = {
      say = function(s)
        if s.facts.buyer then
          return "And Barnaby's been on the phone with our insurance carrier "
            .. "all month. Anyway. What else do you need from me?"
        end
        return "Our CFO has his own headaches; he's been on the phone with our "
          .. "insurance carrier all month. Anyway. What else do you need?"
      end,
      choices = {
        { id = "ask_competitors",
          text = {
            "Who else are you talking to about monitoring, and what have "
              .. "they offered you?",
            "Have you looked at any other monitoring systems yet? It "
              .. "would help me to know who else you're talking to and what "
              .. "they've offered you.",
          },
          skills = { listening = 1 },
          reply = "'Nobody yet,' she says. 'You emailed first.'",
          next = "two_am",
          coach = "A question for your pipeline, not her problem: she just "
            .. "mentioned the insurance carrier, and you asked about your "
            .. "competitors." },
        { id = "carrier_gripe",
          text = {
            "Insurers. They always find a way to charge more, don't they?",
            "Insurance carriers, all month on the phone. Don't you feel "
              .. "like they always find a way to charge you more, right when "
              .. "you've had your worst year?",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'Tell me about it,' she says.",
          next = "two_am",
          coach = "Empathy without processing: you commiserated about the "
            .. "carrier and never asked what the carrier wants." },
        { id = "renewal_push",
          text = {
            "Then let's get all 38 on order now, and show the carrier the "
              .. "contract.",
            "Then your carrier will love this. Let's get all 38 stores on "
              .. "order today, and you can send them the signed contract as "
              .. "proof.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, scope = -10 },
          reply = "'Slow down,' she says. 'I can't sign for 38 stores.'",
          next = "brushed",
          coach = "Transactional pushing: you grabbed a hint about the "
            .. "insurer to close, before you knew what the insurer wants or "
            .. "who signs." },
        { id = "ask_insurance",
          text = {
            "Before any contract talk: what is the carrier saying? I've "
              .. "seen spoilage claims come straight back on a premium.",
            "In my experience, spoilage claims rarely stay between a "
              .. "group and its repair company. What has the carrier been "
              .. "saying?",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3, scope = 5 },
          reveal = { "insurance" },
          next = "insurance_talk",
          coach = "Active listening and a SPIN problem question: she "
            .. "mentioned the carrier in passing, and you followed the money." },
      },
    },

    insurance_talk = {
      say = "Funny you ask. Our carrier raised the premium eighteen percent "
        .. "after last year's claims, about seventy thousand a year. They said "
        .. "round-the-clock monitoring at every store would bring it back down. "
        .. "Renewal's in five weeks.",
      choices = {
        { id = "insurers",
          text = {
            "Eighteen percent. Insurers always find a way to charge you "
              .. "more.",
            "Eighteen percent after one bad year. Insurers always find a "
              .. "way to charge you more, and then they tell you how to fix "
              .. "it, at your expense.",
          },
          skills = { empathy = 2 },
          state = { trust = 2 },
          reply = "'Tell me about it,' she says.",
          next = "two_am",
          coach = "Empathy without processing: you commiserated and let the "
            .. "five-week deadline slide past." },
        { id = "four_stores",
          text = {
            "So the carrier wants monitoring at the four problem stores. "
              .. "That's a quick job.",
            "So the carrier wants monitoring at your four problem stores "
              .. "before renewal. That's a small rollout, done inside a week.",
          },
          requires = { "scope" },
          skills = {},
          state = { trust = -6, scope = -10 },
          reply = "'Every store,' she says. 'That's what they said. Every one.'",
          next = "two_am",
          coach = "A polished recall of the wrong fact: the carrier said "
            .. "every store, and shrinking it to four turns a group-wide "
            .. "reason to buy into a small job." },
        { id = "renewal_math",
          text = {
            "Then the deadline that matters is your renewal, not any deal "
              .. "of mine: five weeks, worth most of seventy thousand a year.",
            "Then the deadline isn't mine, it's your carrier's. Every "
              .. "store monitored before renewal is worth most of that seventy "
              .. "thousand, every year?",
          },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 3, scope = 10 },
          reply = "'Most of the seventy thousand,' she says slowly. 'Every "
            .. "year.'",
          next = "two_am",
          coach = "Active listening, processing stage, as a statement: you "
            .. "put her two numbers together, and the insurance renewal "
            .. "makes the group decision worth money and urgent, for reasons "
            .. "that are hers, not your quarter's." },
        { id = "insurance_pitch",
          text = {
            "Perfect. Let's get all 38 stores on order before the "
              .. "renewal.",
            "Perfect. Let's get all 38 stores on order before your "
              .. "renewal. I can have a contract over to you this afternoon, "
              .. "if you'd like to move today.",
          },
          skills = { pushing = 3 },
          state = { trust = -8, scope = -10 },
          reply = "'Slow down. I can't sign for 38 stores,' she says.",
          next = "two_am",
          coach = "Transactional pushing: you grabbed her deadline to close, "
            .. "before the person who signs for the group had heard a word." },
      },
    },

    two_am = {
      say = "Okay. If I take this to Barnaby, the first thing he'll ask is what "
        .. "happens at two in the morning when one of these goes off.",
      choices = {
        { id = "alarm_stat_early",
          text = {
            "The false-alarm rate is under one percent. He won't be woken "
              .. "up.",
            "Tell him the false-alarm rate is under one percent, the "
              .. "lowest in the industry. Nobody gets woken up for nothing, "
              .. "and he can check that.",
          },
          skills = { pushing = 1 },
          state = { trust = -3, scope = -5 },
          reply = "'That's not what he'll ask,' she says.",
          next = "walt_step",
          coach = "A statistic instead of a design: the question is who "
            .. "gets woken up, not how often." },
        { id = "ask_alerts",
          text = {
            "Then let's design that with you before any order: who should "
              .. "get the call at two a.m.?",
            "That's where I've seen systems like this fail. When a sensor "
              .. "alarms at two in the morning, tell me who should get the "
              .. "call, and who it should never wake.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          reveal = { "alerts" },
          reply = "'Not me,' she says, fast. 'A friend's franchise group turned "
            .. "off a system like yours because it texted the owner forty "
            .. "times a night. The on-call manager and the repair company. "
            .. "That's it.'",
          next = "walt_step",
          coach = "MEDDIC, decision criteria: you asked how the system has "
            .. "to work in her world, and heard why the last one failed." },
        { id = "alarm_owners",
          text = {
            "Send every alarm to you and Barnaby at first. Owners should "
              .. "know.",
            "Send every alarm to you and Barnaby, at least for the first "
              .. "few months. Owners always want to know what's really "
              .. "happening in their kitchens.",
          },
          skills = {},
          state = { trust = -5 },
          reply = "'Absolutely not,' she says, and doesn't explain.",
          next = "walt_step",
          coach = "An answer where a question was needed: you guessed how "
            .. "her alarms should work, guessed the one thing she would never "
            .. "accept, and never found out why." },
        { id = "buzz_sympathy",
          text = {
            "Nobody wants their phone buzzing all night. Fair question "
              .. "from him.",
            "Nobody wants their phone buzzing all night. Would you want "
              .. "yours going off at two in the morning, if you were in his "
              .. "shoes?",
          },
          skills = { empathy = 2 },
          state = { trust = 1 },
          reply = "'So who does it buzz?' she asks.",
          next = "walt_step",
          coach = "Empathy without an answer: you agreed with the worry and "
            .. "left the question standing." },
      },
    },

    ----------------------------------------------------------------------
    -- Taking it to the economic buyer, in his order of priorities.
    ----------------------------------------------------------------------
    walt_step = {
      say = function(s)
        if s.facts.buyer then
          return "So what do you want to do? You know all 38 stores is "
            .. "Barnaby's call, not mine."
        end
        return "So what do you want to do? I can sign for a store or two. "
          .. "Anything bigger goes to Barnaby, our CFO."
      end,
      choices = {
        { id = "wrong_priority",
          text = {
            "Lead with the citations. Health inspectors scare a CFO more "
              .. "than spoilage ever will.",
            "Then lead with the two citations: a health-department "
              .. "write-up is what scares a CFO. The spoilage and the "
              .. "insurance are nice extras behind it, for the second half.",
          },
          requires = { "cost", "logs" },
          skills = { listening = 1 },
          reply = "'Barnaby doesn't lose sleep over inspectors,' she says. "
            .. "'He loses it over the carrier.' She sets up twenty minutes "
            .. "anyway.",
          next = "walt_meeting",
          coach = "A summary with the priority wrong: you led with what "
            .. "scares you, not with what the person who signs told you he "
            .. "loses sleep over." },
        { id = "wrong_count",
          text = {
            "Show Barnaby the eleven thousand and the fourteen walk-ins "
              .. "lost this year.",
            "Show Barnaby the eleven thousand at Sugar Land and the "
              .. "fourteen stores that lost a walk-in this year. That's the "
              .. "number that will move him.",
          },
          requires = { "scope" },
          skills = {},
          state = { trust = -10, scope = -10 },
          reply = "'Four,' she says. 'Four stores. If you say fourteen to "
            .. "Barnaby, he'll stop listening.'",
          next = "walt_meeting",
          coach = "A polished recall of the wrong number: four stores, not "
            .. "fourteen. In front of a CFO, one wrong figure discredits "
            .. "every right one." },
        { id = "bring_walt",
          text = {
            "Take Barnaby his own problem first: the premium and the "
              .. "renewal, then your spoilage, then our price. You lead.",
            "Then let's take Barnaby his order: the premium and the "
              .. "five-week renewal, then the three forty in spoilage. You "
              .. "lead.",
          },
          requires = { "buyer", "insurance", "cost" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 4, scope = 10 },
          reply = "'Thursday,' she says. 'He'll make time for the insurance "
            .. "part.'",
          next = "walt_meeting",
          coach = "Processing, then tailoring (Challenger): a summary in the "
            .. "order the CFO cares about, his insurance bill first, with "
            .. "Odalys in front of it (MEDDIC: economic buyer and champion)." },
        { id = "who_walt",
          text = {
            "Tell me about Barnaby. What does he care about most these "
              .. "days?",
            "Before we go near Barnaby, tell me about him. What does he "
              .. "care about most, and what makes him say no?",
          },
          when = function(s) return not s.facts.buyer end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "buyer" },
          reply = "'Cash, and the insurance bill.' She sets up a meeting for "
            .. "next week.",
          next = "walt_meeting",
          coach = "MEDDIC, economic buyer, found late: the right question, "
            .. "but you learn who signs only when you're asked for a plan." },
        { id = "meet_walt",
          text = {
            "Could we get twenty minutes with Barnaby this week, with you "
              .. "leading?",
            "Let's get twenty minutes with Barnaby this week, with you "
              .. "leading and me there for the questions about sensors and "
              .. "installs.",
          },
          requires = { "buyer" },
          when = function(s) return not s.facts.insurance end,
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 3 },
          reply = "'I can get you Thursday,' she says.",
          next = "walt_meeting",
          coach = "MEDDIC, economic buyer and champion: the right meeting, "
            .. "with Odalys leading, though you go in without knowing what "
            .. "the CFO is paying the insurer." },
        { id = "start_small",
          text = {
            "Start with the stores you can sign for yourself, and grow "
              .. "from there.",
            "Let's start with the stores you can sign for yourself, prove "
              .. "it over a quarter, and grow from there once Barnaby has seen "
              .. "the results with his own eyes.",
          },
          skills = { problem_solving = 1, pushing = 1 },
          next = her_region,
          coach = "The slow grind: starting with what the champion can sign "
            .. "is safe, but after finding a group-wide problem you sized the "
            .. "deal back down to a few stores." },
        { id = "call_walt",
          text = {
            "Can you give me Barnaby's number? I'd rather call him myself "
              .. "and save you the trouble.",
            "Would it be easier on you if Barnaby heard it from the "
              .. "vendor directly? You've got thirty-eight stores to run, and "
              .. "this really shouldn't be on you.",
          },
          skills = { pushing = 2 },
          state = { trust = -10, scope = -10 },
          reply = "'I'll set it up,' she says coolly.",
          next = "walt_meeting",
          coach = "Going around the champion: you asked to leave Odalys out "
            .. "of a case she built with you." },
      },
    },

    walt_meeting = {
      say = function(s)
        local q = "why should we spend a hundred fifty thousand a year when "
          .. "our coolers work fine most of the time?"
        if s.trust >= 70 then
          return "Barnaby's here. He asked me the same thing I'd ask: " .. q
        end
        return "Barnaby's here, and he's skeptical. He wants to know " .. q
      end,
      choices = {
        { id = "due_stat",
          text = {
            "Fine most of the time is the problem: statistically, you're "
              .. "due another failure.",
            "Fine most of the time? Do you know how often the average "
              .. "walk-in fails? With thirty-eight of yours, aren't you "
              .. "statistically overdue?",
          },
          skills = { pushing = 1 },
          state = { trust = -3, scope = -5 },
          reply = "'Everyone's overdue for something,' Barnaby says.",
          next = "walt_alarms",
          coach = "Fear-selling with a statistic: it argues with the CFO "
            .. "instead of answering with his own numbers." },
        { id = "carmen_numbers",
          text = {
            "Odalys, the spoilage number is yours. Then I'll do the "
              .. "renewal math for Barnaby.",
            "Odalys, start with the spoilage number; it's yours. Then "
              .. "I'll show Barnaby what monitoring every store does to the "
              .. "insurance renewal.",
          },
          requires = { "cost", "insurance" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 4, scope = 5 },
          reply = "Odalys gives the number. Barnaby does the insurance math "
            .. "himself, and stops looking at his phone.",
          next = "walt_alarms",
          coach = "Champion-led problem-solving: Odalys gives her own "
            .. "numbers and you answer the CFO's question with his own bill." },
        { id = "ask_walt",
          text = {
            "Fair question. What would you need to see, Barnaby?",
            "That's a fair question, and I'd rather answer yours than "
              .. "mine. What would it take to call this worth the money?",
          },
          when = function(s) return not s.facts.insurance end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "insurance" },
          reply = "'Honestly? If it fixed the insurance premium, it would pay "
            .. "for itself,' Barnaby says.",
          next = "walt_alarms",
          coach = "A good question to the economic buyer, but it shows you "
            .. "came without the answer Odalys could have given you." },
        { id = "discount_walt",
          text = {
            "Commit to all 38 this month and I can take twenty percent "
              .. "off.",
            "Would it help if I took twenty percent off the first year "
              .. "for a commitment to all 38 stores this month? That takes "
              .. "care of most of the cost.",
          },
          skills = { pushing = 3 },
          state = { trust = -10, scope = -10 },
          reply = "Barnaby smiles the way CFOs smile at discounts. 'Noted.'",
          next = "walt_alarms",
          coach = "Transactional pushing, discounting (Challenger: a "
            .. "concession is traded, never given): you answered a question "
            .. "about value with a cut in price." },
        { id = "feature_walt",
          text = {
            "The sensors read every minute, and the batteries last ten "
              .. "years.",
            "Our sensors take a reading every minute, the batteries last "
              .. "ten years, and the whole system installs overnight without "
              .. "closing a kitchen.",
          },
          skills = { pushing = 2 },
          state = { trust = -5, scope = -5 },
          reply = "'I'm sure they do,' Barnaby says.",
          next = "walt_alarms",
          coach = "A feature pitch to a CFO: transactional pushing that "
            .. "answers a question he didn't ask." },
      },
    },

    walt_alarms = {
      say = "Barnaby has one more: who gets woken up when a sensor goes off? He "
        .. "is not paying for thirty-eight stores of false alarms.",
      choices = {
        { id = "alarm_carmen",
          text = {
            "The on-call manager and Odalys, so she always knows. Never "
              .. "you, Barnaby.",
            "The on-call manager and Odalys, so she always knows what's "
              .. "happening in every one of her stores; never you, Barnaby. "
              .. "That's what she asked for.",
          },
          requires = { "alerts" },
          skills = {},
          state = { trust = -12 },
          reply = "'Not me,' Odalys says quickly. 'I said not me.'",
          next = "proposal",
          coach = "A polished recall of the wrong condition: Odalys said "
            .. "alarms must never reach her. Playing it back wrong, in front "
            .. "of her CFO, undoes what the question earned." },
        { id = "nobody_wants",
          text = {
            "Nobody wants their phone buzzing all night, least of all a "
              .. "CFO.",
            "Nobody wants their phone buzzing all night, do they? You're "
              .. "right to worry, and honestly, anyone sitting in your seat "
              .. "would ask you exactly the same.",
          },
          skills = { empathy = 2 },
          state = { trust = 1 },
          reply = "'So who does it buzz?' Barnaby asks.",
          next = "proposal",
          coach = "Empathy without an answer: you agreed with the worry and "
            .. "left the question standing." },
        { id = "alarm_ask",
          text = {
            "Who would you want an alarm to reach, and who should it "
              .. "never wake?",
            "Fair question, and I'd rather you decide it: who should an "
              .. "alarm reach at two in the morning, and who should it never "
              .. "wake?",
          },
          when = function(s) return not s.facts.alerts end,
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "alerts" },
          reply = "'Not me, not Odalys,' Barnaby says. Odalys adds: 'The "
            .. "on-call manager and the repair company. A friend switched off a "
            .. "system that texted her forty times a night.'",
          next = "proposal",
          coach = "A clarifying question, asked late: a good one, but it's "
            .. "the question Odalys could have answered in the first call." },
        { id = "alarm_plan",
          text = {
            "The on-call manager and your repair company, written into "
              .. "the contract. Never you or Odalys.",
            "The on-call manager and your repair company, never you or "
              .. "Odalys: that's how she said it has to work, and the contract "
              .. "will say so.",
          },
          requires = { "alerts" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 3 },
          reply = "Odalys tells the story of her friend's forty texts a night. "
            .. "Barnaby laughs for the first time.",
          next = "proposal",
          coach = "Active listening, processing stage: you used the "
            .. "condition Odalys set earlier to answer the CFO, and let her "
            .. "tell the story." },
        { id = "alarm_stat",
          text = {
            "Did you know the false-alarm rate is under one percent, the "
              .. "best in the industry?",
            "Our false-alarm rate is under one percent, the best in the "
              .. "industry, and every alarm is double-checked before anyone's "
              .. "phone rings.",
          },
          skills = { pushing = 1 },
          state = { trust = -3, scope = -15 },
          reply = "'That's not what I asked,' Barnaby says.",
          next = "proposal",
          coach = "A statistic instead of an answer, a mild form of pushing: "
            .. "he asked who gets woken up, not how often." },
      },
    },

    proposal = {
      say = function(s)
        if s.trust >= 75 then
          return "Barnaby's nodding, which he doesn't do much. So what exactly "
            .. "are you proposing?"
        elseif s.trust >= 50 then
          return "Barnaby's listening. What are you proposing?"
        end
        return "Barnaby has another meeting. What exactly are you proposing?"
      end,
      choices = {
        { id = "pilot_first",
          text = {
            "Start with a three-store trial now, and go group-wide if it "
              .. "works.",
            "Why not run a three-store pilot through the renewal, and go "
              .. "group-wide in the spring if your numbers hold? Lower risk "
              .. "for you, same result.",
          },
          skills = { pushing = 1 },
          next = close_modest,
          coach = "Caution that misses the deadline: a pilot through the "
            .. "renewal gives the insurer nothing to count on, so the premium "
            .. "stays up another year." },
        { id = "sign_week",
          text = {
            "Let's sign this week, and I'll hold twenty percent off for "
              .. "you.",
            "Shall we sign this week, while you're both in the room? "
              .. "You'd keep twenty percent off through Friday, which more "
              .. "than covers your first quarter.",
          },
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 45 then return "won_region" end
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close: you pressed a CFO "
            .. "for a signature with a discount, and he reads pressure as "
            .. "risk." },
        { id = "your_pace",
          text = {
            "What pace would feel right to the two of you, honestly?",
            "What would feel right to the two of you? I'd rather build "
              .. "the rollout around your pace than hand you a plan you didn't "
              .. "ask for.",
          },
          skills = { empathy = 1, listening = 2 },
          next = close_modest,
          coach = "Listening, but passive at the close: the buyer needs a "
            .. "proposal to react to, not another question." },
        { id = "group_plan",
          text = {
            "We'd propose all 38 stores, three years, live before the "
              .. "renewal: every walk-in monitored, logs that keep themselves.",
            "Our proposal: three years, all 38 stores, live before the "
              .. "insurance renewal, every walk-in and freezer monitored, and "
              .. "alarms to the right people.",
          },
          requires = { "cost", "insurance" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_group,
          coach = "Problem-solving, the trusted-advisor close: a proposal "
            .. "built from what they told you: every store, the renewal "
            .. "date, and alarms that reach the right people." },
        { id = "one_year",
          text = {
            "One year for all 38 stores, and see how it goes from there.",
            "Let's keep it simple: one year for all 38 stores, a clean "
              .. "renewal date, and we look at longer terms once you've seen a "
              .. "full year of data.",
          },
          skills = { problem_solving = 1 },
          next = close_modest,
          coach = "A simple proposal that ignores the renewal: a one-year "
            .. "trial run gives the insurer nothing to count on." },
      },
    },

    ----------------------------------------------------------------------
    -- A push too far: she checks her watch, and the deal shrinks.
    ----------------------------------------------------------------------
    brushed = {
      say = "Odalys checks her watch. 'Look, send me something. I'll take a "
        .. "look when I can.'",
      choices = {
        { id = "brush_send",
          text = {
            "Shall I send the contract for all 38 tonight, so it's ready "
              .. "when you are?",
            "No problem. I'll send the contract for all 38 stores "
              .. "tonight, so it's sitting in your inbox ready the moment you "
              .. "and Barnaby want to go.",
          },
          skills = { pushing = 2 },
          next = "stalled",
          coach = "Pushing on a prospect who has stepped back: a contract "
            .. "nobody asked for goes to the bottom of the inbox." },
        { id = "brush_repair",
          text = {
            "Before you go: I got ahead of myself. Which stores worry you "
              .. "most?",
            "I got ahead of myself there, and I'm sorry. Before you go, "
              .. "tell me which two or three stores worry you most; I'd rather "
              .. "start where it matters.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 1 },
          next = her_region,
          coach = "A late repair: owning the push and asking where it hurts "
            .. "keeps her, but only for the stores she can sign for." },
        { id = "brush_thanks",
          text = {
            "Of course. Would you mind if I checked back with you after "
              .. "the walk-through?",
            "Of course. Thank you for the time today, and good luck with "
              .. "the walk-through; you've got a lot on your plate this week, "
              .. "and you don't need me adding to it.",
          },
          skills = { empathy = 1 },
          next = function(s)
            if s.trust >= 50 then return "won_region" end
            return "stalled"
          end,
          coach = "Polite and passive: she said 'send me something', and "
            .. "nothing you send will be about her problem. A warm enough "
            .. "call gets a region, months later." },
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
          text = {
            "Done. Sign today and the installation fee is waived for all "
              .. "three.",
            "Done. If you can sign today, I'll waive the installation fee "
              .. "on all three stores, and we'll have sensors in by Thursday "
              .. "morning.",
          },
          skills = { pushing = 3 },
          next = "pilot_setup",
          coach = "Transactional pushing: a giveaway on a deal she had "
            .. "already agreed to. You bought nothing with it." },
        { id = "while_here",
          text = {
            "Will do. While I have you, I'd like to ask: has this "
              .. "happened at other stores too?",
            "Will do. While I have you, though: has anything like Sugar "
              .. "Land happened at your other stores this year, or is it the "
              .. "first one?",
          },
          skills = { listening = 2, problem_solving = 1 },
          state = { trust = 3 },
          reveal = { "scope" },
          reply = "'A few. Let's see how the pilot goes first.'",
          next = "pilot_setup",
          coach = "A good SPIN problem question, asked after the sale: she "
            .. "answers, but she has already filed this under 'pilot'." },
        { id = "why_those",
          text = {
            "What makes you pick Katy and the Galleria? Are those your "
              .. "busiest kitchens, or do you have your oldest coolers there?",
            "Katy and the Galleria? You must know your stores well. What "
              .. "made you pick those two, and would your managers there agree "
              .. "with you?",
          },
          skills = { empathy = 1, listening = 1 },
          reply = "'Busiest,' she says. 'Paperwork?'",
          next = "pilot_setup",
          coach = "A question about the pilot, not the problem: she has "
            .. "already said yes, and you asked about her store list instead "
            .. "of about the group." },
        { id = "confirm",
          text = {
            "I'll send it within the hour. Who should I work with on the "
              .. "installs?",
            "Within the hour. Who on your side should schedule the "
              .. "installs, so the kitchens aren't disrupted?",
          },
          skills = { listening = 1, pushing = 1 },
          next = "pilot_setup",
          coach = "Efficient order-taking: a good question for the install, "
            .. "none for the business." },
      },
    },

    pilot_setup = {
      say = "Installs go through Tobiah, our facilities lead. Anything else? "
        .. "I've got a walk-through.",
      choices = {
        { id = "thanks_quick",
          text = {
            "Thanks for moving so fast. That's a lot going on for one "
              .. "morning.",
            "Thanks for moving so fast on this. I know you've got "
              .. "thirty-eight kitchens and a walk-through waiting, so I "
              .. "really appreciate the time.",
          },
          skills = { empathy = 2 },
          state = { trust = 3 },
          reply = "'That's the job,' she says.",
          next = "pilot_wrap",
          coach = "Empathy: gracious, and it doesn't change what this is, a "
            .. "three-store pilot." },
        { id = "rest_of_group",
          text = {
            "Could we talk about the other thirty-five stores now, too?",
            "Would you like to cover your other thirty-five stores too, "
              .. "so every one of your kitchens is protected before the "
              .. "summer?",
          },
          skills = { pushing = 2 },
          state = { trust = -5 },
          reply = "'Let's see how the pilot goes,' she says, and picks up her "
            .. "keys.",
          next = "pilot_wrap",
          coach = "Transactional pushing, an upsell on a pilot that hasn't "
            .. "started: she hears a rep who wants more, not a problem worth "
            .. "solving." },
        { id = "alert_who",
          text = {
            "One thing I'd like to set up right on the order: when a "
              .. "sensor alarms at two a.m., who should get the call?",
            "Just one more thing for Tobiah's setup: when a sensor alarms "
              .. "at two in the morning, who should get the call, and who "
              .. "shouldn't?",
          },
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
        { id = "write_group",
          text = {
            "Why wait? If it works at three, won't it work at "
              .. "thirty-eight for you?",
            "Why wait, though? If it works at your three, it'll work at "
              .. "your thirty-eight. Wouldn't you rather write the whole group "
              .. "now and save yourself a second round?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'Let's not get ahead of ourselves,' she says. 'Let me think "
            .. "about all of it.'",
          next = "stalled",
          coach = "Transactional pushing: you tried to turn a pilot into a "
            .. "group deal by pressure, without the case that would make it "
            .. "one, and she steps back from the pilot too." },
        { id = "pilot_success",
          text = {
            "What would the pilot need to show for us to roll it out "
              .. "further?",
            "Before you go, I'd like us to agree what the pilot needs to "
              .. "show, by the end of the quarter, to go further.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 3 },
          next = "won_pilot",
          coach = "A good question about success criteria: the right habit, "
            .. "but a pilot's criteria are about three stores, not about the "
            .. "group." },
        { id = "paperwork",
          text = {
            "Shall I get it into your inbox within the hour, with your "
              .. "install dates?",
            "It'll be in your inbox within the hour, with install dates "
              .. "for all three of your stores and Tobiah copied in, so "
              .. "nothing waits on you.",
          },
          skills = { pushing = 1 },
          next = "won_pilot",
          coach = "Order-taking: a clean finish to a small sale." },
      },
    },
  },

  endings = {
    won_group = {
      say = "Barnaby signs a three-year agreement for all 38 restaurants the "
        .. "week before the insurance renewal. The carrier takes most of the "
        .. "increase back, and Odalys's first month of automatic logs goes to "
        .. "the health department instead of a clipboard.",
      outcome = { result = "won", deal_value = 456000, days_to_close = 24 },
    },
    won_year = {
      say = "Barnaby approves a one-year contract for all 38 restaurants after "
        .. "two more meetings. The rollout misses the insurance renewal, so "
        .. "the premium stays where it is for another year, and the renewal "
        .. "talk starts the day it's signed.",
      outcome = { result = "won", deal_value = 152000, days_to_close = 70 },
    },
    won_region = {
      say = function(s)
        if s.chose.sign_week then
          return "Barnaby doesn't like being rushed, and says no to the group. "
            .. "After three months of follow-ups, Odalys signs for the twelve "
            .. "Houston restaurants, one year, out of her own budget."
        end
        return "After three months of follow-ups, Odalys signs for the twelve "
          .. "Houston restaurants, one year, out of her own budget. Her CFO "
          .. "never hears the insurance case."
      end,
      outcome = { result = "won", deal_value = 48000, days_to_close = 100 },
    },
    won_pilot = {
      say = function(s)
        local line = "Odalys signs the three-store pilot in four days. The "
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
      say = "Odalys stops replying. The insurance renewal comes and goes, "
        .. "and the next cooler fails at the Katy store.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Barnaby thanks you for your time. Two weeks later Harvest Table "
        .. "signs with the monitoring company their insurer recommends.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test early-push-trap`.
  tests = {
    { name = "an insight, a straight price and the CFO's priorities win all 38 stores, fast",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "ask_buyer", "ask_insurance", "renewal_math",
               "ask_alerts", "bring_walt", "carmen_numbers", "alarm_plan",
               "group_plan" },
      ending = "won_group", min = { overall = 90, trust = 80, scope = 90 },
      max = { transactional_pushing = 0 },
      facts = { "logs", "scope", "cost", "insurance", "buyer", "alerts" } },
    { name = "the early push works: a three-store pilot in four days",
      path = { "sensors_thursday", "lock_discount", "rest_of_group",
               "paperwork" },
      ending = "won_pilot", max = { overall = 20 } },
    { name = "one early push, then a perfect call, still only wins the pilot",
      path = { "drift_insight", "logs_question", "auto_logs", "while_here",
               "alert_who", "pilot_success" },
      ending = "won_pilot", facts = { "logs", "scope", "alerts" } },
    { name = "pushing at every turn stalls",
      path = { "feature_pitch", "quote_pilot", "lock_discount",
               "rest_of_group", "write_group" },
      ending = "stalled", max = { overall = 10 } },
    { name = "a discount for the CFO after perfect discovery costs the group deal",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "ask_buyer", "ask_insurance", "renewal_math",
               "ask_alerts", "bring_walt", "discount_walt", "alarm_plan",
               "group_plan" },
      ending = "won_year" },
    { name = "going around her to the CFO early stalls the deal",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "call_barnaby", "brush_send" },
      ending = "stalled" },
    { name = "dodging her straight price question costs the group deal",
      path = { "drift_insight", "logs_question", "other_37", "dodge_price",
               "ask_cost", "ask_buyer", "ask_insurance", "renewal_math",
               "ask_alerts", "bring_walt", "carmen_numbers", "alarm_plan",
               "group_plan" },
      ending = "won_year", max = { trust = 79 } },
    { name = "skipping the insurer is the slow grind",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "ask_buyer", "carrier_gripe", "ask_alerts",
               "meet_walt", "ask_walt", "alarm_plan", "group_plan" },
      ending = "won_year", max = { scope = 89 } },
    { name = "misremembering four stores as fourteen in front of the CFO costs the group deal",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "ask_buyer", "ask_insurance", "renewal_math",
               "ask_alerts", "wrong_count", "carmen_numbers", "alarm_plan",
               "group_plan" },
      ending = "won_year" },
    { name = "routing alarms to the one person who said 'not me' costs the group deal",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "ask_buyer", "ask_insurance", "renewal_math",
               "ask_alerts", "bring_walt", "carmen_numbers", "alarm_carmen",
               "group_plan" },
      ending = "won_year" },
    { name = "a warm call that never sizes the problem wins one region, slowly",
      path = { "sorry_loss", "sorry_sunday", "good_people", "send_info" },
      ending = "won_region" },
    { name = "bringing Barnaby the case is hidden until the insurer and the buyer are known",
      path = { "drift_insight", "logs_question", "other_37", "straight_price",
               "ask_cost", "bonus_empathy", "carrier_gripe", "ask_alerts" },
      offered = { "who_walt", "start_small", "wrong_priority" },
      not_offered = { "bring_walt", "meet_walt" } },
  },
}
