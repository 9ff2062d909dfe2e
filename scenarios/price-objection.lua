-- price-objection.lua: "you're thirty percent more expensive than StockPilot."
--
-- A late-stage call with the procurement director of a regional
-- home-and-garden chain.  She opens with price, and she uses silence.  The
-- trainee has to find out what is behind the objection (what the other quote
-- really covers, the savings target she is graded on, the budget line that
-- actually binds), put a number on the problem the software solves, keep the
-- facts straight, and only then shape an offer.
--
-- The lesson on price (Dixon & Adamson, The Challenger Sale: a concession is
-- traded, never given): the same thirty thousand dollars can be a reflexive
-- cut that teaches her your price is soft, or a trade (year one inside her
-- budget, for a three-year term, her own February date and a reference) that
-- gives her the saving her scorecard needs and gives you the whole deal.  The
-- trade wins the three-year deal in days; keeping the price without a saving
-- wins one year; a friendly path wins one year, slowly; any given discount
-- wins a small, low-margin deal late, or loses it.
--
-- Many wrong options here are polished: a question that ignores what she just
-- said, empathy when she wants a straight answer, a need-payoff asked before
-- the problem is on the table, or her own numbers played back wrong (a
-- procurement director stops trusting a vendor who can't hold a figure).
--
-- Hidden meters: trust, and concession (how much price the trainee has given
-- away for nothing).  Once anything is given, the full deal is gone: she
-- anchors on the discount and negotiates from there.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- After the cost of last spring: on to the pilot, unless that's been covered.
-- Once she has a discount in hand she is negotiating, not discovering: she
-- wants the offer.
local function after_cost(s)
  if s.concession > 0 then return "propose" end
  if s.facts.champion then return "hub" end
  return "pilot_q"
end

-- Where her silence leads: she tells you about the CFO only if she trusts you.
local function behind(s)
  if s.trust >= 55 then return "pressure_open" end
  return "pressure_closed"
end

-- A given discount caps the deal; otherwise trust and facts decide.
local function close_deal(s)
  if s.concession > 0 then
    if s.trust >= 50 then return "won_discount" end
    if s.trust >= 25 then return "stalled" end
    return "lost"
  end
  if s.trust >= 95 and known(s, "comparison", "pressure", "pain", "metrics",
                             "budget", "deadline") then
    return "won_full"
  elseif s.trust >= 55 and s.facts.pain then
    return "won_year"
  elseif s.trust >= 25 then
    return "stalled"
  end
  return "lost"
end

-- The price kept, the payments reshaped, but no saving for her scorecard:
-- never better than one year.
local function close_shape(s)
  if s.concession > 0 then return close_deal(s) end
  if s.trust >= 55 and s.facts.pain then return "won_year" end
  if s.trust >= 25 then return "stalled" end
  return "lost"
end

return scenario {
  id = "price-objection",
  title = "Thirty percent more than the other guys",
  module = "objections",
  difficulty = "intermediate",
  version = "2.0",
  minutes = 13,
  currency = "USD",
  brief = "Fenwick Home & Garden runs 62 stores in the Carolinas and Virginia. "
    .. "Its store-operations team ran an eight-store pilot of ClearShelf, your "
    .. "store-level forecasting and replenishment software, and you sent a "
    .. "proposal: $240,000 a year for all 62 stores, three years. Today you "
    .. "talk to Marisol Achterberg, the procurement director who has to sign "
    .. "off. Expect a price objection. Find out what is behind it and what the "
    .. "problem is worth before you touch the price, and if you do move on "
    .. "price, get something for it.",
  prospect = {
    name = "Marisol Achterberg",
    role = "Director of Procurement",
    company = "Fenwick Home & Garden",
    persona = "Cool, precise and trained to negotiate. She opens with the "
      .. "number, uses silence and watches whether you fold. She remembers "
      .. "every figure she gives you. She respects sellers who do their "
      .. "homework and help her look good to her CFO.",
  },

  state = {
    trust = { start = 30, min = 0, max = 100 },
    concession = { start = 0, min = 0, max = 30 },
  },

  facts = {
    comparison = "StockPilot's quote forecasts at the chain level, not by "
      .. "store; the seasonal module is an add-on and implementation is "
      .. "quoted separately. Like for like, the gap is under ten percent.",
    pressure = "The CFO, Cornelius Ashdown, wants eight percent off every new "
      .. "contract this year, and Marisol's scorecard counts savings against the "
      .. "first quote.",
    pain = "Last spring Fenwick wrote off $4.1M in seasonal markdowns and, by "
      .. "store operations' estimate, lost $2.5M in sales to empty shelves of "
      .. "mulch, grills and patio sets.",
    metrics = "In the eight-store pilot, ClearShelf cut seasonal markdowns by "
      .. "22% and stockouts by a third. Marisol has never seen those numbers.",
    champion = "Lucan Fairweather, VP of Store Operations, ran the pilot and "
      .. "wants ClearShelf, but he and Marisol haven't compared notes.",
    budget = "Marisol has $210,000 approved for this fiscal year: the real gap is "
      .. "$30,000 in year one, not thirty percent.",
    deadline = "The contract has to be signed by the end of February for the "
      .. "stores to go live before the spring garden season.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The objection, and what she is actually comparing.
    ----------------------------------------------------------------------
    opening = {
      say = "Thanks for the revised proposal. I'll be direct: StockPilot came in "
        .. "thirty percent under you for all sixty-two stores. Unless you can get a "
        .. "lot closer to their number, I don't see how I take this forward.",
      choices = {
        { id = "sounds_tough",
          text = {
            "Thirty percent is a real gap, and I can see it puts you in a "
              .. "tough spot with your own people.",
            "That's a hard number to carry into a meeting. I can imagine the "
              .. "pressure it puts on you.",
            "I understand. A gap that size must make this a difficult "
              .. "conversation on your side, and I don't want to make it any "
              .. "harder for you.",
          },
          skills = { empathy = 1, listening = 1 },
          reply = "'It puts you in one,' she says. 'I asked where you can get to.'",
          next = "their_quote",
          coach = "Empathy at the wrong moment: she asked a straight commercial "
            .. "question, and sympathy sounds like stalling. Acknowledge it by "
            .. "taking her number seriously enough to examine it." },
        { id = "what_compare",
          text = {
            "Thanks for being direct. Before I say anything about price, can "
              .. "you walk me through their quote?",
            "Fair enough. I won't answer a number with a number, though: "
              .. "first let's put their quote beside ours, line by line.",
            "Before I move on price, I'd want to see what their number "
              .. "actually covers.",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "She raises an eyebrow. 'Most people start with a counteroffer.'",
          next = "their_quote",
          coach = "Objection handling by exploring, not answering: you held the "
            .. "price and asked what the number is being compared with. A "
            .. "price objection is a question about value until shown otherwise." },
        { id = "match_offer",
          text = {
            "I hear you. Let me see what I can do. I think I can get close to "
              .. "their number.",
            "Would it help if I went back to my team today and came back with "
              .. "a number much closer to theirs, so you have something to work "
              .. "with?",
            "Understood. If I can get within a few points of StockPilot, can "
              .. "we keep this moving?",
          },
          skills = { pushing = 3 },
          state = { trust = -5, concession = 15 },
          reply = "She makes a note. 'How close?'",
          next = "haggle",
          coach = "Reflexive discounting, transactional pushing, however politely "
            .. "asked: you conceded before you knew what she was comparing. Now "
            .. "the only question left is how much more." },
        { id = "worth_to_you",
          text = {
            "Before we talk numbers, what would full shelves next spring be "
              .. "worth to you, store by store?",
            "Can I turn it around for a second? If every one of your stores "
              .. "had the right stock next spring, what would that be worth to "
              .. "you?",
          },
          skills = { problem_solving = 1 },
          state = { trust = -5 },
          reply = "'That's store operations' question,' she says. 'Mine was about "
            .. "price.'",
          next = "their_quote",
          coach = "A need-payoff question before there is any need on the table "
            .. "(SPIN puts it last for a reason): it dodges the objection she "
            .. "just raised, and she hears a technique." },
        { id = "defend_value",
          text = {
            "With respect, we cost more because we're better. Our forecasts "
              .. "are the most accurate in retail.",
            "There's a reason we're priced higher: store-level forecasting is "
              .. "hard, and nobody does it better than we do.",
          },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Everyone's forecasts are the most accurate,' she says.",
          next = "their_quote",
          coach = "Defending instead of exploring, transactional pushing: a claim "
            .. "she can't check, made before you know why she raised the price." },
      },
    },

    their_quote = {
      say = function(s)
        if s.trust >= 45 then
          return "Same scope on paper: forecasting and replenishment for sixty-two "
            .. "stores, three years, a hundred sixty-eight thousand a year. I have "
            .. "it right here."
        end
        return "Forecasting and replenishment, sixty-two stores, a hundred "
          .. "sixty-eight a year. Same thing you're selling."
      end,
      choices = {
        { id = "accept_same",
          text = {
            "Okay. If it's the same scope, then let's talk about what I can "
              .. "do on price.",
            "Then it comes down to how close I can get to one sixty-eight. "
              .. "What would you need from me to move today?",
          },
          skills = { pushing = 2 },
          next = "haggle",
          coach = "Negotiating against yourself, transactional pushing: you "
            .. "accepted her comparison untested and moved straight to price." },
        { id = "who_decides",
          text = {
            "Who else weighs in on a decision like this, and when does it "
              .. "need to be made?",
            "Before we go further, can I ask who besides you signs off on "
              .. "this, and what the timeline looks like on your side?",
          },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'I do,' she says. 'And I'm telling you what I'm comparing.'",
          next = "behind_it",
          coach = "A good MEDDIC question at the wrong moment: she just handed you "
            .. "the comparison behind her objection, and you asked about "
            .. "something else. Sensing, the first stage of listening, means "
            .. "following what was just said." },
        { id = "line_by_line",
          text = {
            "Would you read me what their quote covers, line by line? I want "
              .. "to be sure I'm not missing something.",
            "Read me their scope one line at a time, if you would. I'd rather "
              .. "you find a difference than hear me claim one.",
            "Let's go down their quote together, one line at a time.",
          },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "comparison" },
          reply = "She reads it out slowly, then goes back and reads it again.",
          next = "compare_found",
          coach = "A SPIN situation question with a purpose: by asking her to "
            .. "read the quote, you let her find the difference herself instead "
            .. "of hearing you claim it." },
        { id = "they_leave_out",
          text = {
            "I'd bet their quote leaves out implementation and the seasonal "
              .. "module. They usually do.",
            "Check the small print: StockPilot nearly always quotes "
              .. "implementation and the seasonal module on their own, so the "
              .. "headline number looks better than it is.",
          },
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -5 },
          reveal = { "comparison" },
          reply = "She checks, a little stiffly. 'You're right. You could have "
            .. "just asked.'",
          next = "compare_found",
          coach = "Telling, not asking, with a dig at the competitor: you were "
            .. "right, but she feels handled. Let her discover it." },
        { id = "done_homework",
          text = {
            "Sounds like you've done your homework.",
            "You've clearly been through it carefully, which is more than "
              .. "most buyers do.",
          },
          skills = { empathy = 1, listening = 1 },
          reply = "'That's the job,' she says.",
          next = "behind_it",
          coach = "A compliment instead of a question: pleasant, but her "
            .. "comparison goes unexamined." },
      },
    },

    compare_found = {
      say = "Implementation is quoted separately. The seasonal module is an "
        .. "add-on. And it forecasts for the whole chain, not store by store. "
        .. "That's not what I was told.",
      choices = {
        { id = "store_insight",
          text = {
            "The chain level is the real difference. Averaged over sixty-two "
              .. "stores, a forecast looks right while single stores run out.",
            "Chain-level forecasting is the part to worry about: it says you have "
              .. "enough mulch while half your stores have none.",
          },
          skills = { problem_solving = 1, pushing = 1 },
          reply = "'Maybe,' she says. 'I'm still looking at a price gap.'",
          next = "behind_it",
          coach = "An insight, but aimed at the wrong problem and the wrong "
            .. "moment: she has just found her comparison was wrong, and what she "
            .. "needs is her own corrected number, not a lecture on forecasting "
            .. "from the vendor who benefits." },
        { id = "told_you",
          text = {
            "That's what they do. Their quotes always look cheaper than they "
              .. "are.",
            "Their quotes always read like this, I'm afraid. The real number "
              .. "turns up after you sign.",
          },
          skills = { pushing = 1 },
          state = { trust = -10 },
          reply = "'So I was fooled,' she says coolly. 'Thanks.'",
          next = "behind_it",
          coach = "Trashing the competitor: it makes her look like she was "
            .. "fooled, in front of you. Let the facts speak; don't gloat." },
        { id = "so_same_price",
          text = {
            "So we're really the same price. Can we move ahead on our proposal?",
            "Then most of the gap is gone. Shall I send the paperwork over so "
              .. "you can take it upstairs?",
          },
          skills = { pushing = 2 },
          state = { trust = -5 },
          reply = "'Not so fast,' she says.",
          next = "behind_it",
          coach = "A premature close, transactional pushing: one fact in your "
            .. "favor isn't agreement, and you haven't heard why price matters "
            .. "to her." },
        { id = "like_for_like",
          text = {
            "That's easy to miss in a quote that long. If you add those back, "
              .. "what's the real gap?",
            "Easy to miss in forty pages. Add implementation and the seasonal "
              .. "module back in, and see where the gap lands.",
            "Those lines are easy to miss. With them added back, how far apart "
              .. "are we?",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = "She runs it. 'Under ten percent. But I still have a problem.'",
          next = "behind_it",
          coach = "Empathy and processing: you spared her pride and had her "
            .. "recalculate the gap herself, so the new number is hers." },
      },
    },

    ----------------------------------------------------------------------
    -- What is behind the objection: she stops talking and waits.
    ----------------------------------------------------------------------
    behind_it = {
      say = function(s)
        if s.facts.comparison then
          return "Even like for like, you're higher. And I have to bring this in "
            .. "lower than the first quote. That's my job. (She stops there, and "
            .. "waits.)"
        end
        return "Look, I have to bring this in lower than the first quote. That's "
          .. "my job. (She stops there, and waits.)"
      end,
      choices = {
        { id = "how_much_lower",
          text = {
            "How much lower do you need me to go?",
            "What number would you need to see from me to take this forward?",
          },
          skills = { pushing = 2 },
          next = "haggle",
          coach = "Negotiating against yourself, transactional pushing: the "
            .. "question invites her to name a discount, and she will." },
        { id = "respect_job",
          text = {
            "I get it. You have a job to do, and I respect that.",
            "That's fair. You're paid to get the best number for Fenwick, and "
              .. "honestly I'd think less of you if you didn't push me on it.",
          },
          skills = { empathy = 2, listening = 1 },
          reply = "'Thank you,' she says, and waits some more.",
          next = "value_turn",
          coach = "Empathy without curiosity: she feels respected, but you filled "
            .. "her silence with a pleasantry and never learned what her job "
            .. "needs from this deal." },
        { id = "good_outcome",
          text = {
            "Help me understand what 'lower' has to mean for you. What does a "
              .. "good outcome look like on your side?",
            "What does 'lower' have to mean for you? What would a good "
              .. "outcome look like on your side of the table?",
          },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 55 then
              return "She hesitates, then decides to tell you."
            end
            return "She gives you a long look."
          end,
          next = behind,
          coach = "Exploring the objection: a fair question about what's behind "
            .. "the number. Whether she answers depends on the trust you've built, "
            .. "though the silence would have told you as much." },
        { id = "hold_silence",
          text = {
            "(Say nothing. Hold her eye and let her finish the thought.)",
            "(Nod, and wait. Don't fill the silence.)",
            "(Leave the silence alone and wait for her to go on.)",
          },
          question = false,
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = "The silence stretches. She is the one who breaks it.",
          next = behind,
          coach = "Active listening, sensing stage, under pressure: she uses "
            .. "silence to see whether you fold, and you didn't fill it with a "
            .. "concession or a question. Buyers who test with silence usually "
            .. "fill it themselves, with the real reason." },
        { id = "split_difference",
          text = {
            "What if we met in the middle, at fifteen percent off?",
            "Would meeting you in the middle at fifteen percent give you "
              .. "something you could take back to your team this week?",
          },
          skills = { pushing = 3 },
          state = { trust = -5, concession = 15 },
          reply = "'The middle of what?' she asks, and writes it down.",
          next = "haggle",
          coach = "Splitting the difference, transactional pushing: a discount "
            .. "offered into a silence nobody asked you to fill. She now knows "
            .. "fifteen percent was padding." },
      },
    },

    pressure_open = {
      say = "Our CFO, Cornelius Ashdown, wants eight percent off every new "
        .. "contract this year. My scorecard counts savings against the first "
        .. "quote. Whether you're the better system isn't what I get graded on.",
      choices = {
        { id = "better_system",
          text = {
            "Then the answer is to show Cornelius we're the better system. "
              .. "Once he sees the forecasts side by side, the eight percent won't "
              .. "matter.",
            "Then let's put the forecasts in front of Cornelius. When he sees "
              .. "the better system, the eight percent goes away.",
          },
          skills = { problem_solving = 1 },
          state = { trust = -10 },
          reply = "'I just told you what he grades me on,' she says.",
          next = "value_turn",
          coach = "A plan that gets her priority wrong: she said in so many words "
            .. "that being the better system isn't what she is measured on. "
            .. "Processing means working with her constraint, not around it." },
        { id = "eight_percent",
          text = {
            "Eight percent I can probably do.",
            "If eight percent is what Cornelius needs, I can probably get you "
              .. "there today.",
            "Would eight percent off get this over the line for you and "
              .. "Cornelius?",
          },
          skills = { pushing = 3 },
          state = { concession = 10 },
          reveal = { "pressure" },
          reply = "'Good,' she says. 'That's a start.'",
          next = "haggle",
          coach = "Reflexive discounting: she trusted you with her problem and "
            .. "you solved it with your margin, for nothing in return. A start, "
            .. "she says, not an end." },
        { id = "help_her_win",
          text = {
            "Thank you, that helps. Then the job is a saving you can show "
              .. "Cornelius that doesn't mean buying the cheaper tool.",
            "That helps. Then you need a saving you can put in front of "
              .. "Cornelius, and the cheaper tool is only one way to get one.",
            "Then the saving has to be real and yours to report. What was "
              .. "this project meant to fix?",
          },
          skills = { empathy = 2, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "pressure" },
          reply = "She almost smiles. 'Now you're on my side of the table.'",
          next = "value_turn",
          coach = "Empathy that solves a problem: you treated her scorecard as a "
            .. "real constraint to design around (Challenger: tailor to what "
            .. "this buyer is measured on), and kept the price on the table." },
        { id = "unfair_score",
          text = {
            "That sounds like a frustrating way to be measured.",
            "Graded on the discount and not the result? That's a hard position "
              .. "to be in.",
          },
          skills = { empathy = 2, listening = 1 },
          reveal = { "pressure" },
          reply = "'It's the way I'm measured,' she says.",
          next = "value_turn",
          coach = "Empathy, responding stage: warm, but it doesn't help her hit "
            .. "the target she just told you about." },
      },
    },

    pressure_closed = {
      say = "My job is to get the best price. That's all there is to it.",
      choices = {
        { id = "more_to_it",
          text = {
            "It sounds like there's more pressure on this than the price "
              .. "alone. Is there?",
            "I get the sense someone above you is watching this number "
              .. "closely, and that the price is only part of what you're "
              .. "carrying. Am I right?",
          },
          skills = { empathy = 1, listening = 1 },
          state = { trust = -5 },
          reply = "'I said what I said,' she says.",
          next = "value_turn",
          coach = "Probing a door she just closed: she told you plainly she "
            .. "won't say more, and pressing on the feeling reads as prying. "
            .. "Move to what she will talk about." },
        { id = "weigh_against",
          text = {
            "Fair. Then can I make sure the price is weighed against the right "
              .. "thing? What was this project meant to fix?",
            "Fair enough. Then let's make sure the price is weighed against the "
              .. "problem it's meant to fix.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          next = "value_turn",
          coach = "Reframing price as value: when she wouldn't say more about her "
            .. "side, you moved to the problem the price has to be weighed "
            .. "against." },
        { id = "back_to_manager",
          text = {
            "Then let me go back to my manager and see what I can do.",
            "Understood. Would it help if I asked my manager what room there is?",
          },
          skills = { pushing = 2 },
          state = { concession = 10 },
          reply = "'Please do,' she says.",
          next = "haggle",
          coach = "Folding to the objection: you promised a discount without "
            .. "learning anything. She'll wait for it." },
      },
    },

    ----------------------------------------------------------------------
    -- The problem and what it costs.
    ----------------------------------------------------------------------
    value_turn = {
      say = function(s)
        if s.trust >= 50 then
          return "Lucan Fairweather's team in store operations started this. Last "
            .. "spring was bad: we ran out of mulch, grills and patio sets in the "
            .. "peak weeks and marked down a mountain of stock that came in late."
        end
        return "Store operations wanted a forecasting tool. Last spring was rough "
          .. "for inventory."
      end,
      choices = {
        { id = "why_late",
          text = {
            "Why did the stock come in late? Was it the suppliers, or the "
              .. "distribution center?",
            "What held the stock up that badly: was it the suppliers, or your "
              .. "own distribution center?",
          },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'Ask logistics,' she says. 'I buy things. I don't truck them.'",
          next = "pilot_q",
          coach = "A problem question about the wrong problem: the late stock is "
            .. "logistics' story. What matters to a buyer weighing a price is "
            .. "what last spring cost." },
        { id = "size_spring",
          text = {
            "What did last spring cost you, between the markdowns and the empty "
              .. "shelves?",
            "Put a number on last spring for me: the markdowns, and the sales "
              .. "you lost to empty shelves.",
            "How much did last spring cost Fenwick, all told?",
          },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "pain" },
          reply = "She pulls the numbers up on her screen.",
          next = "spring_cost",
          coach = "A SPIN implication question: you put a price on the problem, "
            .. "which is what her price objection has been missing." },
        { id = "tough_spring",
          text = {
            "Running out of grills in May sounds painful.",
            "Empty shelves in the peak weeks must have made for a hard spring "
              .. "in the stores.",
          },
          skills = { empathy = 2, listening = 1 },
          reply = "'For store operations, mostly,' she says.",
          next = "pilot_q",
          coach = "Empathy without an implication question: the problem stays a "
            .. "story, not a number she can set against the price." },
        { id = "feature_pitch",
          text = {
            "That's exactly where our seasonal module shines. It's built for "
              .. "spring.",
            "Would it help if I showed you how the seasonal module would have "
              .. "handled a spring like that one?",
          },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'So you said in the demo,' she says.",
          next = "pilot_q",
          coach = "Transactional pushing, even as an offer to help: a feature "
            .. "where a question belonged. You still don't know what last spring "
            .. "cost her." },
      },
    },

    spring_cost = {
      say = "Four point one million in seasonal markdowns. And Lucan figures we "
        .. "lost another two and a half million in sales we didn't have the stock "
        .. "for.",
      choices = {
        { id = "huge_number",
          text = {
            "That's a huge number. No wonder Lucan wants this fixed.",
            "Six and a half million in one season, on top of everything else "
              .. "you're carrying. I can see exactly why store operations pushed "
              .. "so hard for this.",
          },
          skills = { empathy = 1, listening = 1 },
          reply = "'Lucan wants a lot of things,' she says.",
          next = after_cost,
          coach = "Listening, but you left the number sitting there instead of "
            .. "setting it against the price gap." },
        { id = "versus_wrong",
          text = {
            "So, one point four million in markdowns, two and a half million "
              .. "in lost sales, and a price gap of seventy thousand a year, at "
              .. "most.",
            "So one point four million in markdowns, plus Lucan's two and a "
              .. "half million in lost sales: how do you and your CFO weigh that "
              .. "against the price gap you're looking at?",
          },
          skills = { listening = -2, problem_solving = 1 },
          state = { trust = -15 },
          reply = "'Four point one,' she says. 'If you can't hold my numbers for "
            .. "a minute, why would I trust your forecasts?'",
          next = after_cost,
          coach = "Processing failed: four point one million became one point "
            .. "four. The move was right, the number was wrong, and to a buyer "
            .. "who lives on figures a wrong one undoes the point." },
        { id = "versus_gap",
          text = {
            "Seventy thousand a year of gap, at most, against six and a half "
              .. "million in one spring. How does your CFO weigh that?",
            "Then that's the comparison that matters: seventy thousand a year "
              .. "at most, against six and a half million lost in one spring.",
            "Seventy thousand a year of price gap, at most, against six and a "
              .. "half million in a single spring.",
          },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "She's quiet for a moment. 'Not the way my scorecard does.'",
          next = after_cost,
          coach = "Processing and a reframe (Challenger: teach): you set the "
            .. "price gap next to the cost of the problem, in her own figures, "
            .. "and let the comparison do the arguing." },
        { id = "pays_for_itself",
          text = {
            "At those numbers, we pay for ourselves in a month. Let's get this "
              .. "signed.",
            "At those numbers you'd have it paid back in a month; would it "
              .. "help you if I got the paperwork moving this week?",
          },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -10 },
          reply = "'Maybe,' she says. 'That's your claim, not my number.'",
          next = after_cost,
          coach = "Pushing with her own number: the ROI claim and the close come "
            .. "from you, so she weighs them as sales talk." },
      },
    },

    pilot_q = {
      say = function(s)
        if s.facts.pain then
          return "So that's the problem. Whether your software fixes it is a "
            .. "different question, and I can't take 'it might help' to our CFO."
        end
        return "Anyway. I can't take 'it might help' to our CFO."
      end,
      choices = {
        { id = "pilot_results",
          text = {
            "Have you seen what the eight-store pilot did to markdowns and "
              .. "stockouts?",
            "Your own eight pilot stores already ran it through a season. Have "
              .. "those results reached you?",
            "I wouldn't ask you to take my word. Your eight pilot stores already "
              .. "have the answer.",
          },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "champion" },
          next = "glenn",
          coach = "MEDDIC, metrics: you went looking for proof from her own "
            .. "stores, and found out who holds it." },
        { id = "case_claim",
          text = {
            "Retailers like you typically see markdowns drop twenty percent or "
              .. "more.",
            "Would a case study from a chain your size help? I can have one on "
              .. "your desk this afternoon.",
          },
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -5 },
          reply = "'Someone else's stores,' she says.",
          next = "hub",
          coach = "A borrowed result: it's someone else's stores, and she has no "
            .. "reason to believe it applies to hers." },
        { id = "wrong_pilot",
          text = {
            "Have you seen what the twelve-store pilot did to markdowns and "
              .. "stockouts?",
            "Your twelve pilot stores already ran it through a season. Have those "
              .. "results reached you?",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -15 },
          reveal = { "champion" },
          reply = "'Eight stores,' she says. 'It's your pilot.'",
          next = "glenn",
          coach = "The right question with the wrong number: the pilot ran in "
            .. "eight stores, and it's in your own brief. She notices." },
        { id = "fair_point",
          text = {
            "That's fair. You need something solid to take upstairs.",
            "Fair. 'It might help' won't survive a CFO, and it shouldn't.",
          },
          skills = { empathy = 1, listening = 1 },
          next = "hub",
          coach = "Empathy without a plan: you agreed she needs proof, but didn't "
            .. "ask whether it already exists." },
      },
    },

    glenn = {
      say = "I haven't. Lucan ran the pilot. Procurement got the invoice, not the "
        .. "results, and he and I haven't exactly compared notes.",
      choices = {
        { id = "glenn_empathy",
          text = {
            "It sounds like procurement and store operations don't always "
              .. "talk. That must make your job harder.",
            "So you're asked to judge the price without ever seeing the "
              .. "results. That sounds frustrating, and it isn't a fair position "
              .. "to be put in.",
          },
          skills = { empathy = 2 },
          reply = "'It's normal,' she says.",
          next = "hub",
          coach = "Empathy that stops short: the gap between her and Lucan is the "
            .. "problem to solve, and sympathizing with it leaves it open." },
        { id = "go_around",
          text = {
            "Maybe I should walk Lucan through the price, then, since he's "
              .. "the one who wants it.",
            "Would it be easier for you if I took the numbers to Lucan "
              .. "directly, since he's the one who wants it?",
          },
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Going around procurement,' she says. 'Bold.'",
          next = "hub",
          coach = "Transactional pushing, offered as a favor: working around the "
            .. "buyer who raised the objection turns a price question into a turf "
            .. "fight." },
        { id = "same_room",
          text = {
            "Then let's put you two in the same room. The pilot stores cut "
              .. "markdowns twenty-two percent; hear it from Lucan.",
            "Would it help to hear it from Lucan, with his own data? The "
              .. "pilot stores cut markdowns twenty-two percent.",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "metrics" },
          reply = "'Yes,' she says. 'Numbers from our own stores, I can use.'",
          next = "hub",
          coach = "MEDDIC, metrics and champion: you connected the buyer with the "
            .. "champion, so the proof comes from her own company, not from you." },
        { id = "send_pilot_deck",
          text = {
            "The pilot cut markdowns twenty-two percent. I'll send you our "
              .. "summary deck.",
            "I can send you our pilot summary today: markdowns down twenty-two "
              .. "percent in the eight stores.",
          },
          skills = { listening = 1, problem_solving = 1 },
          reveal = { "metrics" },
          reply = "'Send it,' she says, without much interest.",
          next = "hub",
          coach = "Right facts, wrong messenger: the number is real, but coming "
            .. "from your deck it's a vendor claim, not Lucan's evidence." },
      },
    },

    ----------------------------------------------------------------------
    -- The hub: the budget that binds, the date, then a summary.
    ----------------------------------------------------------------------
    hub = {
      say = function(s)
        if s.trust >= 70 then
          return "All right. What else do you need from me?"
        elseif s.trust >= 45 then
          return "What else?"
        end
        return "Is there anything else, or are we done?"
      end,
      choices = {
        { id = "summary_price",
          text = function(s)
            local line = "Let me check I have this right. The main thing is still "
              .. "getting close to StockPilot's number; last spring and the pilot "
              .. "stores are the case for paying more than them"
            if s.facts.pressure then
              line = line .. "; and Cornelius wants his eight percent off the "
                .. "first quote"
            end
            return line .. "."
          end,
          requires = { "comparison", "pain", "metrics" },
          question = false,
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -10 },
          reply = "'No,' she says. 'That was where we started. Keep up.'",
          next = "payoff",
          coach = "A summary that gets the priority wrong: you played back the "
            .. "objection she opened with, not what she has told you since. A "
            .. "summary is only worth what it gets right." },
        { id = "ask_budget",
          text = {
            "How does the budget work? Is the pressure on the three-year total, "
              .. "or on what lands in this fiscal year?",
            "Is the pressure on the three-year total, or on what has to fit in "
              .. "this fiscal year?",
          },
          once = true,
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "budget" },
          next = "budget_talk",
          coach = "Exploring the objection: you separated the price from the "
            .. "budget line it has to fit, which is often where the real limit "
            .. "is." },
        { id = "ask_spring_cost",
          text = {
            "Before we go on: what did last spring actually cost you, between "
              .. "the markdowns and the empty shelves?",
            "Before we go on, I'd like a number on last spring: the markdowns, "
              .. "and the sales lost to empty shelves.",
          },
          once = true,
          when = function(s) return not s.facts.pain end,
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "pain" },
          next = "spring_cost",
          coach = "A SPIN implication question, late but in time: until the "
            .. "problem has a price, hers is the only number on the table." },
        { id = "ask_timing",
          text = {
            "When would this need to be signed to make a difference this spring?",
            "What's the latest date this could be signed and still help the "
              .. "stores this spring?",
          },
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "deadline" },
          reply = "'End of February,' she says. 'Lucan needs six weeks before the "
            .. "garden centers open. After that we've lost a season.'",
          next = "hub",
          coach = "MEDDIC, decision process: you found the date that makes this "
            .. "urgent for her business, not for your quarter." },
        { id = "summarize",
          text = function(s)
            local line = "Let me check I have this right. Like for like, the gap "
              .. "is under ten percent; last spring cost about six and a half "
              .. "million; the pilot cut markdowns twenty-two percent"
            if s.facts.pressure then
              line = line .. "; and you need a saving you can show Cornelius"
            end
            return line .. "."
          end,
          question = false,
          requires = { "comparison", "pain", "metrics" },
          unavailable = "Not yet.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied the real gap, the "
            .. "cost of the problem and the proof into one summary, and let her "
            .. "correct it." },
        { id = "meet_cfo",
          text = {
            "Would it help if I presented to your CFO myself, so you don't have "
              .. "to carry this upstairs on your own?",
            "Should I ask for half an hour with your CFO? It might save you "
              .. "having to sell this upstairs alone.",
          },
          once = true,
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'You'll present to me,' she says. 'That's how this works.'",
          next = "propose",
          coach = "Going over the buyer's head, dressed as a favor: a polite, "
            .. "'you'-centred question that still tells her you'd rather deal "
            .. "with her boss. Arm her to sell it instead." },
        { id = "revise_proposal",
          text = {
            "Let me take all this back and send you a revised proposal.",
            "Would a revised proposal by Friday help you take this forward?",
          },
          when = function(s)
            return not known(s, "comparison", "pain", "metrics")
          end,
          skills = { pushing = 1 },
          next = "propose",
          coach = "A premature close: a revised proposal before you've checked "
            .. "what you learned with her usually means a lower price." },
      },
    },

    budget_talk = {
      say = "Year one is the problem. I have two hundred ten thousand approved "
        .. "for this fiscal year. You're at two forty.",
      choices = {
        { id = "gap_twin",
          text = {
            "So the real gap is thirty thousand spread across the whole "
              .. "contract, not thirty percent.",
            "So the gap is thirty thousand over the three years of the "
              .. "contract, not thirty percent. Have I got that right?",
          },
          skills = { problem_solving = 1 },
          state = { trust = -10 },
          reply = "'In year one,' she says. 'Thirty thousand in year one. The "
            .. "other years are a different conversation.'",
          next = "hub",
          coach = "Processing, half right: the gap is thirty thousand in this "
            .. "fiscal year, not over the contract. Shrinking the objection only "
            .. "helps if you shrink it to its true size." },
        { id = "cut_thirty",
          text = {
            "I can take thirty thousand off. Done.",
            "Then I'll take thirty thousand off year one. Consider it done.",
            "Would it help if I simply took the thirty thousand off for you?",
          },
          skills = { pushing = 3 },
          state = { concession = 10 },
          reply = "'That was easy,' she says. 'What else is in there?'",
          next = "hub",
          coach = "A concession given, not traded: it looks like "
            .. "problem-solving, but you cut the price for nothing in return, "
            .. "and taught her your price is soft. The same thirty thousand, "
            .. "traded for a longer term or a date, would have been worth having." },
        { id = "trade_early",
          text = {
            "If I can land year one at two-ten, can you get me a signature this "
              .. "week?",
            "Suppose I found a way to two-ten for year one. Could you sign before "
              .. "the end of this week?",
          },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -5, concession = 5 },
          reply = "'This week,' she says. 'So there's room in it.'",
          next = "hub",
          coach = "A trade, but the wrong one: you moved the price before the "
            .. "value was on the table, for the one thing that only helps you, a "
            .. "signature this week. Trade late, and for what matters to both "
            .. "sides: the term, her own date, a reference." },
        { id = "gap_is_thirty",
          text = function(s)
            local tail = ""
            if s.facts.pressure then
              tail = ", and you need a saving you can show Cornelius"
            end
            return "So the real gap is thirty thousand in this year's budget, not "
              .. "thirty percent" .. tail .. "."
          end,
          question = false,
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 5 },
          reply = "'When you put it that way,' she says, 'yes.'",
          next = "hub",
          coach = "Active listening, processing stage: you restated the objection "
            .. "at its true size. Thirty thousand in year one is a problem you "
            .. "can solve without giving your price away." },
        { id = "thanks_budget",
          text = {
            "That's helpful, thank you.",
            "Thank you. That's useful to know before we go any further.",
          },
          skills = { empathy = 1, listening = 1 },
          next = "hub",
          coach = "Polite, but the processing stage is missing: you didn't point "
            .. "out that the objection just shrank from thirty percent to thirty "
            .. "thousand." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in her words, then an offer that trades, not gives.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.chose.summary_price then
          return "She corrects you point by point: the real gap, last spring, "
            .. "the pilot. 'That's where we are. Go on.'"
        end
        if s.trust >= 75 then
          return "That's fair. More than fair. Nobody put it that way in the last "
            .. "meeting."
        end
        return "Broadly, yes."
      end,
      choices = {
        { id = "thank_her",
          text = {
            "I appreciate you working through this with me.",
            "Thank you for taking the time to go through all of this with me "
              .. "today. It's been more useful than I expected.",
          },
          skills = { empathy = 2, listening = 1 },
          reply = "'It's my job,' she says. 'So. What can you do?'",
          next = "propose",
          coach = "Gracious, but no need-payoff question: she never says aloud "
            .. "what solving this would be worth to her." },
        { id = "payoff_wrong",
          text = {
            "If all sixty-two stores cut markdowns by a third next spring, "
              .. "like the pilot, what would that mean for you and for Lucan?",
            "If next spring every store cut its markdowns by a third, the way "
              .. "the pilot did, what would that mean for you?",
          },
          skills = { listening = -1, problem_solving = 1 },
          state = { trust = -15 },
          reply = "'Twenty-two percent,' she says. 'A third was stockouts. Do you "
            .. "want me to believe your forecasts or not?'",
          next = "propose",
          coach = "A need-payoff question built on a swapped figure: the pilot "
            .. "cut markdowns twenty-two percent and stockouts by a third. She "
            .. "had just agreed to your summary; now she doubts it." },
        { id = "payoff_q",
          text = {
            "If next spring went the way it did in the pilot stores, across "
              .. "all sixty-two, what would that mean for you?",
            "Suppose all sixty-two stores had the pilot's spring. What would "
              .. "that mean for you and for Lucan?",
          },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Lucan gets his shelves,' she says slowly. 'And I get to show "
            .. "our CFO a saving worth ten times the discount I was asking for.'",
          next = "propose",
          coach = "A SPIN need-payoff question: she names the value herself, in "
            .. "terms of her own scorecard, which answers her objection better "
            .. "than you could." },
        { id = "push_sign",
          text = {
            "Great. So can we get this signed this week?",
            "Then would it make sense to get the paperwork done this week, while "
              .. "it's fresh?",
          },
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'At this price?' she asks. 'We haven't got there yet.'",
          next = "propose",
          coach = "Transactional pushing: closing on agreement about the problem "
            .. "while her price objection is still open." },
      },
    },

    propose = {
      say = function(s)
        if s.trust >= 75 then
          return "So what can you do? I still have to show my CFO something."
        elseif s.trust >= 50 then
          return "So what are you offering?"
        end
        return "I have another vendor call in ten minutes. What's your best number?"
      end,
      choices = {
        { id = "match_close",
          text = {
            "I'll match StockPilot: a hundred sixty-eight thousand a year if you "
              .. "sign this week.",
            "What if I matched StockPilot at one sixty-eight a year, signed this "
              .. "week?",
          },
          skills = { pushing = 3 },
          state = { concession = 15 },
          next = close_deal,
          coach = "Discounting to close: you gave away thirty percent on three "
            .. "years to solve a thirty-thousand-dollar problem, and told her your "
            .. "price was never real." },
        { id = "restructure",
          text = function(s)
            local y1 = s.facts.budget and "two hundred ten thousand"
              or "a number that fits this year's budget"
            return "Keep the price, change the shape: year one at " .. y1
              .. ", the balance spread over years two and three, implementation "
              .. "and the seasonal module included."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          next = close_shape,
          coach = "Problem-solving, half the problem: you fitted year one into her "
            .. "budget without cutting the price, but the total is the same, so "
            .. "she still has no saving to show against the first quote, which is "
            .. "what she is graded on." },
        { id = "meet_middle",
          text = function(s)
            local more = s.facts.pressure and "more than Cornelius's eight percent"
              or "more than your CFO will ask for"
            return "Let's meet in the middle: fifteen percent off, across all "
              .. "three years, " .. more .. ", if you sign by Friday, and take "
              .. "StockPilot out of the running, so nobody reopens the numbers."
          end,
          skills = { pushing = 3 },
          state = { concession = 15 },
          next = close_deal,
          coach = "Splitting the difference with a deadline that helps only you: "
            .. "transactional pushing. She'll take the fifteen percent and ask "
            .. "for more." },
        { id = "trade_term",
          text = function(s)
            local y1 = s.facts.budget and "two-ten inside your budget"
              or "a number that fits this year's budget"
            local cfo = s.facts.pressure and "Cornelius" or "your CFO"
            local by = s.facts.deadline and "signed by the end of February"
              or "signed in time for spring"
            local ref = s.facts.metrics and "the pilot as our reference"
              or "Fenwick as a reference"
            return "Here's a trade: year one at " .. y1 .. ", a saving " .. cfo
              .. " can see against the first quote. In return: three years, "
              .. by .. ", with " .. ref .. "."
          end,
          skills = { empathy = 1, listening = 2, problem_solving = 3 },
          next = close_deal,
          coach = "A concession traded, not given (Challenger: never give "
            .. "without getting): the price moves once, by the size of her real "
            .. "constraint, and you get the term, her own date and a reference "
            .. "back. She has her saving, you have the whole deal." },
        { id = "what_you_need",
          text = function(s)
            local who = s.facts.pressure and "Cornelius" or "your CFO"
            return "What would you need from me to take this to " .. who .. "?"
          end,
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.concession > 0 then return close_deal(s) end
            if s.trust >= 60 and s.facts.pain then
              return "won_year"
            elseif s.trust >= 40 then
              return "stalled"
            end
            return "lost"
          end,
          coach = "Listening, but passive: you handed the offer back to the "
            .. "buyer, so she'll build it around the price." },
      },
    },

    ----------------------------------------------------------------------
    -- The discount track: once the price moves, she negotiates the rest.
    ----------------------------------------------------------------------
    haggle = {
      say = function(s)
        if s.concession > 0 then
          return "So there was room in it after all. How much more?"
        end
        return "Thirty percent would do it."
      end,
      choices = {
        { id = "floor_twenty",
          text = {
            "Twenty percent is as low as I can go.",
            "Would twenty percent work for you? It's honestly as low as I can go.",
          },
          skills = { pushing = 3 },
          state = { trust = -5, concession = 10 },
          next = function(s)
            if s.trust >= 60 then return "won_discount" end
            return "lost"
          end,
          coach = "Discounting to close: each cut tells her the next one is "
            .. "coming. You'll win a thin deal at best." },
        { id = "trade_back",
          text = {
            "Anything more on price comes with something back: a longer term, "
              .. "and a signature date we both can plan to.",
            "I can talk about more only if something comes back with it, like a "
              .. "longer term.",
          },
          skills = { listening = 1, problem_solving = 2 },
          state = { concession = 5 },
          reply = "'At least you've stopped giving it away,' she says, and starts "
            .. "on the term.",
          next = function(s)
            if s.trust >= 50 then return "won_discount" end
            if s.trust >= 25 then return "stalled" end
            return "lost"
          end,
          coach = "Better: from here on, nothing moves without something in "
            .. "return. But a trade made before you know what the problem is "
            .. "worth is still a bargain over price alone, and she knows there's "
            .. "room." },
        { id = "step_back",
          text = {
            "Before we go further on price, can I step back? What was this "
              .. "project meant to fix in the first place?",
            "Before we go any further on price, I'd like to step back to what "
              .. "this project was meant to fix.",
          },
          once = true,
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reply = function(s)
            if s.concession > 0 then
              return "'Fine,' she says. 'But I heard what you offered.'"
            end
            return "She considers it. 'Fine. Ask.'"
          end,
          next = "value_turn",
          coach = "A recovery: you stopped negotiating against yourself and went "
            .. "back to the value. Anything already conceded stays on the table." },
        { id = "take_or_leave",
          text = {
            "This is the best I can do. Take it or leave it.",
            "That's where I have to land. It's your call whether it works.",
          },
          skills = { pushing = 2 },
          state = { trust = -10 },
          next = function(s)
            if s.trust >= 40 then return "stalled" end
            return "lost"
          end,
          coach = "An ultimatum, transactional pushing: you drew a line without "
            .. "giving her any reason to accept it." },
      },
    },
  },

  endings = {
    won_full = {
      say = "Marisol and Lucan go through the pilot data together on Monday. She "
        .. "takes Cornelius a three-year deal with year one inside the budget and a "
        .. "saving she can report, traded for the term, and signs it ten days "
        .. "later, in time for spring. The pilot results become Fenwick's "
        .. "reference case.",
      outcome = { result = "won", deal_value = 690000, days_to_close = 10 },
    },
    won_year = {
      say = "After six weeks and two more calls, Marisol signs a one-year contract "
        .. "at your price. With no saving to report she wants to see a full spring "
        .. "before talking about years two and three, and the stores go live two "
        .. "weeks late.",
      outcome = { result = "won", deal_value = 240000, days_to_close = 45 },
    },
    won_discount = {
      say = "Marisol takes the discount and asks for more. After two months of "
        .. "back-and-forth you sign a one-year deal close to StockPilot's price, "
        .. "too late for spring, and your manager asks where the margin went.",
      outcome = { result = "won", deal_value = 168000, days_to_close = 70 },
    },
    stalled = {
      say = "Marisol says she'll take it to her CFO. He asks for a formal bid from "
        .. "both vendors, the deadline slips past February, and the spring season "
        .. "starts on the old spreadsheets.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "A week later, Marisol emails: they've decided to go with StockPilot. "
        .. "'The numbers just made more sense,' she writes.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test scenarios/price-objection.lua`.
  tests = {
    { name = "exploring the objection, sizing the problem and trading, not giving, wins the full deal",
      path = { "what_compare", "line_by_line", "like_for_like", "hold_silence",
               "help_her_win", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "gap_is_thirty", "ask_timing",
               "summarize", "payoff_q", "trade_term" },
      ending = "won_full", min = { overall = 90, trust = 80 },
      max = { transactional_pushing = 0, concession = 0 },
      facts = { "comparison", "pressure", "pain", "metrics", "champion",
                "budget", "deadline" } },
    { name = "keeping the price but leaving her no saving wins one year",
      path = { "what_compare", "line_by_line", "like_for_like", "hold_silence",
               "help_her_win", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "gap_is_thirty", "ask_timing",
               "summarize", "payoff_q", "restructure" },
      ending = "won_year", max = { concession = 0 } },
    { name = "discounting at the first objection loses the deal",
      path = { "match_offer", "floor_twenty" },
      ending = "lost", max = { overall = 10 } },
    { name = "giving thirty thousand to fit the budget costs the full deal",
      path = { "what_compare", "line_by_line", "like_for_like", "hold_silence",
               "help_her_win", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "cut_thirty", "ask_timing",
               "summarize", "payoff_q", "trade_term" },
      ending = "won_discount", min = { concession = 10 } },
    { name = "trading the price early for a fast signature still gives it away",
      path = { "what_compare", "line_by_line", "like_for_like", "hold_silence",
               "help_her_win", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "trade_early", "ask_timing",
               "summarize", "payoff_q", "trade_term" },
      ending = "won_discount", min = { concession = 5 } },
    { name = "a discount, even after a recovery, still caps the deal",
      path = { "what_compare", "line_by_line", "like_for_like", "split_difference",
               "step_back", "size_spring", "versus_gap", "trade_term" },
      ending = "won_discount" },
    { name = "one figure played back wrong costs the full deal",
      path = { "what_compare", "line_by_line", "like_for_like", "hold_silence",
               "help_her_win", "size_spring", "versus_wrong", "pilot_results",
               "same_room", "ask_budget", "gap_is_thirty", "ask_timing",
               "summarize", "payoff_wrong", "trade_term" },
      ending = "won_year" },
    { name = "a friendly call that never tests her comparison wins one year",
      path = { "sounds_tough", "done_homework", "good_outcome", "weigh_against",
               "size_spring", "huge_number", "pilot_results", "same_room",
               "ask_budget", "thanks_budget", "ask_timing", "revise_proposal",
               "what_you_need" },
      ending = "won_year", max = { relationship_quality = 80 } },
    { name = "the summary stays locked until the pilot results are known",
      path = { "what_compare", "line_by_line", "like_for_like", "hold_silence",
               "help_her_win", "size_spring", "versus_gap", "fair_point" },
      offered = { "ask_budget", "revise_proposal" },
      not_offered = { "summarize" } },
  },
}
