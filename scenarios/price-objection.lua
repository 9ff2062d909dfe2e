-- price-objection.lua: "you're thirty percent more expensive than StockPilot."
--
-- A late-stage call with the procurement director of a regional
-- home-and-garden chain.  She opens with price.  The trainee has to find out
-- what is behind the objection (what the other quote really covers, the
-- savings target she is graded on, the budget line that actually binds),
-- put a number on the problem the software solves, and only then shape an
-- offer.  The value path wins the full three-year deal in days; a friendly
-- path wins one year, slowly; any discount wins a small, low-margin deal
-- late, or loses it.
--
-- Hidden meters: trust, and concession (how much price the trainee has
-- given away).  Once anything is conceded, the full deal is gone: she
-- anchors on the discount and negotiates from there.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- After the cost of last spring: on to the pilot, unless that's been covered.
local function after_cost(s)
  if s.facts.champion then return "hub" end
  return "pilot_q"
end

-- The close: a discount caps the deal; otherwise trust and facts decide.
local function close_deal(s)
  if s.concession > 0 then
    if s.trust >= 60 then return "won_discount" end
    return "lost"
  end
  if s.trust >= 80 and known(s, "comparison", "pressure", "pain", "metrics",
                             "budget", "deadline") then
    return "won_full"
  elseif s.trust >= 55 and s.facts.pain then
    return "won_year"
  elseif s.trust >= 40 then
    return "stalled"
  end
  return "lost"
end

return scenario {
  id = "price-objection",
  title = "Thirty percent more than the other guys",
  module = "objections",
  difficulty = "intermediate",
  version = "1.0",
  minutes = 12,
  currency = "USD",
  brief = "Fenwick Home & Garden runs 62 stores in the Carolinas and Virginia. "
    .. "Its store-operations team ran an eight-store pilot of ClearShelf, your "
    .. "store-level forecasting and replenishment software, and you sent a "
    .. "proposal: $240,000 a year for all 62 stores, three years. Today you "
    .. "talk to Rachel Nguyen, the procurement director who has to sign off. "
    .. "Expect a price objection. Find out what is behind it and what the "
    .. "problem is worth before you touch the price.",
  prospect = {
    name = "Rachel Nguyen",
    role = "Director of Procurement",
    company = "Fenwick Home & Garden",
    persona = "Cool, precise and trained to negotiate. She opens with the "
      .. "number, uses silence and watches whether you fold. She respects "
      .. "sellers who do their homework and help her look good to her CFO.",
  },

  state = {
    trust = { start = 35, min = 0, max = 100 },
    concession = { start = 0, min = 0, max = 30 },
  },

  facts = {
    comparison = "StockPilot's quote forecasts at the chain level, not by "
      .. "store; the seasonal module is an add-on and implementation is "
      .. "quoted separately. Like for like, the gap is under ten percent.",
    pressure = "The CFO, Howard Bell, wants eight percent off every new "
      .. "contract this year, and Rachel's scorecard counts savings against the "
      .. "first quote.",
    pain = "Last spring Fenwick wrote off $4.1M in seasonal markdowns and, by "
      .. "store operations' estimate, lost $2.5M in sales to empty shelves of "
      .. "mulch, grills and patio sets.",
    metrics = "In the eight-store pilot, ClearShelf cut seasonal markdowns by "
      .. "22% and stockouts by a third. Rachel has never seen those numbers.",
    champion = "Glenn Hartley, VP of Store Operations, ran the pilot and wants "
      .. "ClearShelf, but he and Rachel haven't compared notes.",
    budget = "Rachel has $210,000 approved for this fiscal year: the real gap is "
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
          text = "Thirty percent is a real gap. I can see why that puts you in a "
            .. "tough spot.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It puts you in one,' she says.",
          next = "their_quote",
          coach = "Empathy, responding stage: you acknowledged the objection "
            .. "without arguing, but you didn't ask anything about it." },
        { id = "match_offer",
          text = "I hear you. Let me see what I can do. I think I can get close to "
            .. "their number.",
          skills = { pushing = 3 },
          state = { trust = -5, concession = 15 },
          reply = "She makes a note. 'How close?'",
          next = "haggle",
          coach = "Reflexive discounting, transactional pushing: you conceded "
            .. "before you knew what she was comparing. Now the only question "
            .. "left is how much more." },
        { id = "what_compare",
          text = "Thanks for being direct. Before I say anything about price, can "
            .. "you walk me through their quote, so I know we're comparing the "
            .. "same things?",
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reply = "She raises an eyebrow. 'Most people start with a counteroffer.'",
          next = "their_quote",
          coach = "Objection handling by exploring, not answering: you thanked "
            .. "her, held the price, and asked what the number is being "
            .. "compared with." },
        { id = "defend_value",
          text = "With respect, we cost more because we're better. Our forecasts "
            .. "are the most accurate in retail.",
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
        { id = "line_by_line",
          text = "Would you read me what their quote covers, line by line? I want "
            .. "to be sure I'm not missing something they include.",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "comparison" },
          reply = "She reads it out slowly, then goes back and reads it again.",
          next = "compare_found",
          coach = "A SPIN situation question with a purpose: by asking her to "
            .. "read the quote, you let her find the difference herself instead "
            .. "of hearing you claim it." },
        { id = "they_leave_out",
          text = "I'd bet their quote leaves out implementation and the seasonal "
            .. "module. They usually do.",
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -5 },
          reveal = { "comparison" },
          reply = "She checks, a little stiffly. 'You're right. You could have "
            .. "just asked.'",
          next = "compare_found",
          coach = "Telling, not asking, with a dig at the competitor: you were "
            .. "right, but she feels handled. Let her discover it." },
        { id = "accept_same",
          text = "Okay. If it's the same scope, then let's talk about what I can do "
            .. "on price.",
          skills = { pushing = 2 },
          next = "haggle",
          coach = "Negotiating against yourself, transactional pushing: you "
            .. "accepted her comparison untested and moved straight to price." },
        { id = "done_homework",
          text = "Sounds like you've done your homework.",
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
        { id = "told_you",
          text = "That's what they do. Their quotes always look cheaper than they "
            .. "are.",
          skills = { pushing = 1 },
          state = { trust = -10 },
          reply = "'So I was fooled,' she says coolly. 'Thanks.'",
          next = "behind_it",
          coach = "Trashing the competitor: it makes her look like she was "
            .. "fooled, in front of you. Let the facts speak; don't gloat." },
        { id = "like_for_like",
          text = "That's easy to miss in a quote that long. If you add those "
            .. "back, what's the real gap?",
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reply = "She runs it. 'Under ten percent. But I still have a problem.'",
          next = "behind_it",
          coach = "Empathy and processing: you spared her pride and had her "
            .. "recalculate the gap herself, so the new number is hers." },
        { id = "so_same_price",
          text = "So we're really the same price. Can we move ahead on our "
            .. "proposal?",
          skills = { pushing = 2 },
          state = { trust = -5 },
          reply = "'Not so fast,' she says.",
          next = "behind_it",
          coach = "A premature close, transactional pushing: one fact in your "
            .. "favor isn't agreement, and you haven't heard why price matters "
            .. "to her." },
      },
    },

    ----------------------------------------------------------------------
    -- What is behind the objection.
    ----------------------------------------------------------------------
    behind_it = {
      say = function(s)
        if s.facts.comparison then
          return "Even like for like, you're higher. And I have to bring this in "
            .. "lower than the first quote. That's my job."
        end
        return "Look, I have to bring this in lower than the first quote. That's "
          .. "my job."
      end,
      choices = {
        { id = "good_outcome",
          text = "Help me understand what 'lower' has to mean for you. What does a "
            .. "good outcome look like on your side?",
          skills = { empathy = 2, listening = 2, problem_solving = 1 },
          state = { trust = 5 },
          reply = function(s)
            if s.trust >= 55 then
              return "She hesitates, then decides to tell you."
            end
            return "She gives you a long look."
          end,
          next = function(s)
            if s.trust >= 55 then return "pressure_open" end
            return "pressure_closed"
          end,
          coach = "Exploring the objection: you asked what's behind the number. "
            .. "Whether she tells you depends on how much she trusts you by now." },
        { id = "how_much_lower",
          text = "How much lower do you need me to go?",
          skills = { pushing = 2 },
          next = "haggle",
          coach = "Negotiating against yourself, transactional pushing: the "
            .. "question invites her to name a discount, and she will." },
        { id = "respect_job",
          text = "I get it. You have a job to do, and I respect that.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'Thank you,' she says, and waits.",
          next = "value_turn",
          coach = "Empathy without curiosity: she feels respected, but you "
            .. "didn't ask what her job needs from this deal." },
        { id = "split_difference",
          text = "What if we met in the middle, at fifteen percent off?",
          skills = { pushing = 3 },
          state = { trust = -5, concession = 15 },
          reply = "'The middle of what?' she asks, and writes it down.",
          next = "haggle",
          coach = "Splitting the difference, transactional pushing: a discount "
            .. "offered to a question nobody asked. She now knows fifteen "
            .. "percent was padding." },
      },
    },

    pressure_open = {
      say = "Our CFO, Howard Bell, wants eight percent off every new contract "
        .. "this year. My scorecard counts savings against the first quote. "
        .. "Whether you're the better system isn't what I get graded on.",
      choices = {
        { id = "eight_percent",
          text = "Eight percent I can probably do.",
          skills = { pushing = 3 },
          state = { concession = 10 },
          reveal = { "pressure" },
          reply = "'Good,' she says. 'That's a start.'",
          next = "haggle",
          coach = "Reflexive discounting: she trusted you with her problem and "
            .. "you solved it with your margin. A start, she says, not an end." },
        { id = "help_her_win",
          text = "Thank you, that helps. Then let's find a way for you to show "
            .. "Howard real savings that doesn't mean buying the cheaper tool. "
            .. "What was this project meant to fix?",
          skills = { empathy = 2, listening = 1, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "pressure" },
          reply = "She almost smiles. 'Now you're on my side of the table.'",
          next = "value_turn",
          coach = "Empathy that solves a problem: you treated her scorecard as "
            .. "a real constraint to design around, then went back to the value "
            .. "the price should be weighed against." },
        { id = "unfair_score",
          text = "That sounds like a frustrating way to be measured.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
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
        { id = "weigh_against",
          text = "Fair. Then can I make sure the price is weighed against the right "
            .. "thing? What was this project meant to fix?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          next = "value_turn",
          coach = "Reframing price as value: when she wouldn't say more about "
            .. "her side, you moved to the problem the price has to be weighed "
            .. "against." },
        { id = "back_to_manager",
          text = "Then let me go back to my manager and see what I can do.",
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
          return "Glenn Hartley's team in store operations started this. Last spring "
            .. "was bad: we ran out of mulch, grills and patio sets in the peak "
            .. "weeks and marked down a mountain of stock that came in late."
        end
        return "Store operations wanted a forecasting tool. Last spring was rough "
          .. "for inventory."
      end,
      choices = {
        { id = "feature_pitch",
          text = "That's exactly where our seasonal module shines. It's built for "
            .. "spring.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'So you said in the demo,' she says.",
          next = "pilot_q",
          coach = "Transactional pushing: a feature where a question belonged. "
            .. "You still don't know what last spring cost her." },
        { id = "size_spring",
          text = "What did last spring cost you, between the markdowns and the "
            .. "empty shelves?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "pain" },
          reply = "She pulls the numbers up on her screen.",
          next = "spring_cost",
          coach = "A SPIN implication question: you put a price on the problem, "
            .. "which is what her price objection has been missing." },
        { id = "tough_spring",
          text = "Running out of grills in May sounds painful.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'For Glenn, mostly,' she says.",
          next = "pilot_q",
          coach = "Empathy without an implication question: the problem stays a "
            .. "story, not a number she can set against the price." },
      },
    },

    spring_cost = {
      say = "Four point one million in seasonal markdowns. And Glenn figures we "
        .. "lost another two and a half million in sales we didn't have the stock "
        .. "for.",
      choices = {
        { id = "versus_gap",
          text = "So on one side, a price gap of seventy thousand a year at most. "
            .. "On the other, six and a half million in markdowns and lost sales. "
            .. "How does your CFO usually weigh something like that?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reply = "She's quiet for a moment. 'Not the way my scorecard does.'",
          next = after_cost,
          coach = "Processing and problem-solving: you set the price gap next to "
            .. "the cost of the problem and asked how her CFO would weigh them, "
            .. "without telling her what to think." },
        { id = "huge_number",
          text = "That's a huge number. No wonder Glenn wants this fixed.",
          skills = { empathy = 1, listening = 1 },
          reply = "'Glenn wants a lot of things,' she says.",
          next = after_cost,
          coach = "Listening, but you left the number sitting there instead of "
            .. "setting it against the price gap." },
        { id = "pays_for_itself",
          text = "At those numbers, we pay for ourselves in a month. Let's get this "
            .. "signed.",
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
        { id = "case_claim",
          text = "Retailers like you typically see markdowns drop twenty percent or "
            .. "more.",
          skills = { problem_solving = 1, pushing = 1 },
          state = { trust = -5 },
          reply = "'Typically,' she repeats.",
          next = "hub",
          coach = "A borrowed statistic: it's someone else's result, and she has "
            .. "no reason to believe it applies to her." },
        { id = "pilot_results",
          text = "Have you seen what the eight-store pilot did to markdowns and "
            .. "stockouts?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "champion" },
          next = "glenn",
          coach = "MEDDIC, metrics: you went looking for proof from her own "
            .. "stores, and found out who holds it." },
        { id = "fair_point",
          text = "That's fair. You need something solid to take upstairs.",
          skills = { empathy = 1, listening = 1 },
          next = "hub",
          coach = "Empathy without a plan: you agreed she needs proof, but didn't "
            .. "ask whether it already exists." },
      },
    },

    glenn = {
      say = "I haven't. Glenn ran the pilot. Procurement got the invoice, not the "
        .. "results, and he and I haven't exactly compared notes.",
      choices = {
        { id = "go_around",
          text = "Maybe I should walk Glenn through the price, then, since he's the "
            .. "one who wants it.",
          skills = { pushing = 2 },
          state = { trust = -10 },
          reply = "'Going around procurement,' she says. 'Bold.'",
          next = "hub",
          coach = "Transactional pushing: working around the buyer who raised the "
            .. "objection. It turns a price question into a turf fight." },
        { id = "same_room",
          text = "Then let's put you two in the same room. The pilot stores cut "
            .. "markdowns twenty-two percent. Would it help to hear that from "
            .. "Glenn, with his own data?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "metrics" },
          reply = "'It would,' she says. 'Numbers from our own stores, I can use.'",
          next = "hub",
          coach = "MEDDIC, metrics and champion: you connected the buyer with the "
            .. "champion, so the proof comes from her own company, not from you." },
        { id = "send_pilot_deck",
          text = "The pilot cut markdowns twenty-two percent. I'll send you our "
            .. "summary deck.",
          skills = { listening = 1, problem_solving = 1 },
          reveal = { "metrics" },
          reply = "'Send it,' she says, without much interest.",
          next = "hub",
          coach = "Right facts, wrong messenger: the number is real, but coming "
            .. "from your deck it's a vendor claim, not Glenn's evidence." },
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
        { id = "ask_budget",
          text = "How does the budget work? Is the pressure on the three-year "
            .. "total, or on what lands in this fiscal year?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "budget" },
          next = "budget_talk",
          coach = "Exploring the objection: you separated the price from the "
            .. "budget line it has to fit, which is often where the real limit "
            .. "is." },
        { id = "ask_spring_cost",
          text = "Before we go on: what did last spring actually cost you, between "
            .. "the markdowns and the empty shelves?",
          once = true,
          when = function(s) return not s.facts.pain end,
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 5 },
          reveal = { "pain" },
          next = "spring_cost",
          coach = "A SPIN implication question, late but in time: until the "
            .. "problem has a price, hers is the only number on the table." },
        { id = "ask_timing",
          text = "When would this need to be signed to make a difference this "
            .. "spring?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "deadline" },
          reply = "'End of February,' she says. 'Glenn needs six weeks before the "
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
              line = line .. "; and you need savings you can show Howard"
            end
            return line .. ". Is that fair?"
          end,
          requires = { "comparison", "pain", "metrics" },
          unavailable = "You don't yet know what the other quote covers, what "
            .. "last spring cost, or what the pilot showed.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: you tied the real gap, "
            .. "the cost of the problem and the proof into one summary, and "
            .. "checked it with her." },
        { id = "revise_proposal",
          text = "Let me take all this back and send you a revised proposal.",
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
        { id = "cut_thirty",
          text = "I can take thirty thousand off. Done.",
          skills = { pushing = 3 },
          state = { concession = 10 },
          reply = "'That was easy,' she says. 'What else is in there?'",
          next = "hub",
          coach = "Reflexive discounting: it looks like problem-solving, but you "
            .. "cut the price of a three-year deal to fix one year's budget, "
            .. "and taught her your price is soft." },
        { id = "gap_is_thirty",
          text = function(s)
            local tail = ""
            if s.facts.pressure then
              tail = ", and you need savings you can show Howard"
            end
            return "So the real gap is thirty thousand in this year's budget, not "
              .. "thirty percent" .. tail .. ". Have I got that right?"
          end,
          skills = { listening = 3, problem_solving = 2 },
          state = { trust = 10 },
          reply = "'When you put it that way,' she says, 'yes.'",
          next = "hub",
          coach = "Active listening, processing stage: you restated the "
            .. "objection at its true size. Thirty thousand in year one is a "
            .. "problem you can solve without cutting your price." },
        { id = "thanks_budget",
          text = "That's helpful, thank you.",
          skills = { empathy = 1, listening = 1 },
          next = "hub",
          coach = "Polite, but the processing stage is missing: you didn't point "
            .. "out that the objection just shrank from thirty percent to thirty "
            .. "thousand." },
      },
    },

    ----------------------------------------------------------------------
    -- Value in her words, then an offer that keeps the price.
    ----------------------------------------------------------------------
    payoff = {
      say = function(s)
        if s.trust >= 75 then
          return "That's fair. More than fair. Nobody put it that way in the last "
            .. "meeting."
        end
        return "Broadly, yes."
      end,
      choices = {
        { id = "payoff_q",
          text = "If next spring went the way it did in the pilot stores, across "
            .. "all sixty-two, what would that mean for you and for Glenn?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Glenn gets his shelves,' she says slowly. 'And I get to show "
            .. "our CFO a saving worth ten times the discount I was asking for.'",
          next = "propose",
          coach = "A SPIN need-payoff question: she names the value herself, in "
            .. "terms of her own scorecard, which answers her objection better "
            .. "than you could." },
        { id = "push_sign",
          text = "Great. So can we get this signed this week?",
          skills = { pushing = 3 },
          state = { trust = -10 },
          reply = "'At this price?' she asks. 'We haven't got there yet.'",
          next = "propose",
          coach = "Transactional pushing: closing on agreement about the "
            .. "problem while her price objection is still open." },
        { id = "thank_her",
          text = "I appreciate you working through this with me.",
          skills = { empathy = 2, listening = 1 },
          reply = "'It's my job,' she says. 'So. What can you do?'",
          next = "propose",
          coach = "Gracious, but no need-payoff question: she never says aloud "
            .. "what solving this would be worth to her." },
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
        { id = "restructure",
          text = function(s)
            local y1 = s.facts.budget and "two hundred ten thousand"
              or "a number that fits this year's budget"
            local feb = s.facts.deadline and ", signed in February" or ""
            local cfo = s.facts.pressure and "Howard" or "your CFO"
            return "Keep the price, change the shape: year one at " .. y1
              .. " with implementation and the seasonal module included, the "
              .. "balance spread over years two and three" .. feb .. ". You show "
              .. cfo .. " savings against StockPilot's real total, and Glenn gets "
              .. "his spring."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_deal,
          coach = "Problem-solving, the value close: you solved her real "
            .. "constraints (year-one budget, a saving to report, the spring "
            .. "date) without cutting the price of the whole deal." },
        { id = "match_close",
          text = "I'll match StockPilot: a hundred sixty-eight thousand a year if "
            .. "you sign this week.",
          skills = { pushing = 3 },
          state = { concession = 15 },
          next = close_deal,
          coach = "Discounting to close: you gave away thirty percent on three "
            .. "years to solve a thirty-thousand-dollar problem, and told her "
            .. "your price was never real." },
        { id = "meet_middle",
          text = "Let's meet in the middle: fifteen percent off if you sign by "
            .. "Friday.",
          skills = { pushing = 3 },
          state = { concession = 15 },
          next = close_deal,
          coach = "Splitting the difference with a deadline: transactional "
            .. "pushing. She'll take the fifteen percent and ask for more." },
        { id = "what_you_need",
          text = function(s)
            local who = s.facts.pressure and "Howard" or "your CFO"
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
        { id = "step_back",
          text = "Before we go further on price, can I step back? What was this "
            .. "project meant to fix in the first place?",
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
        { id = "floor_twenty",
          text = "Twenty percent is as low as I can go.",
          skills = { pushing = 3 },
          state = { trust = -5, concession = 10 },
          next = function(s)
            if s.trust >= 60 then return "won_discount" end
            return "lost"
          end,
          coach = "Discounting to close: each cut tells her the next one is "
            .. "coming. You'll win a thin deal at best." },
        { id = "take_or_leave",
          text = "This is the best I can do. Take it or leave it.",
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
      say = "Rachel and Glenn go through the pilot data together on Monday. She "
        .. "takes Howard a three-year deal at your price, with year one inside the "
        .. "budget and a saving against StockPilot's real total, and signs it "
        .. "ten days later, in time for spring.",
      outcome = { result = "won", deal_value = 720000, days_to_close = 10 },
    },
    won_year = {
      say = "After six weeks and two more calls, Rachel signs a one-year contract "
        .. "at your price. She wants to see a full spring before talking about "
        .. "years two and three, and the stores go live two weeks late.",
      outcome = { result = "won", deal_value = 240000, days_to_close = 45 },
    },
    won_discount = {
      say = "Rachel takes the discount and asks for more. After two months of "
        .. "back-and-forth you sign a one-year deal close to StockPilot's price, "
        .. "too late for spring, and your manager asks where the margin went.",
      outcome = { result = "won", deal_value = 168000, days_to_close = 70 },
    },
    stalled = {
      say = "Rachel says she'll take it to her CFO. He asks for a formal bid from "
        .. "both vendors, the deadline slips past February, and the spring season "
        .. "starts on the old spreadsheets.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "A week later, Rachel emails: they've decided to go with StockPilot. "
        .. "'The numbers just made more sense,' she writes.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test scenarios/price-objection.lua`.
  tests = {
    { name = "exploring the objection and sizing the problem wins the full deal",
      path = { "what_compare", "line_by_line", "like_for_like", "good_outcome",
               "help_her_win", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "gap_is_thirty", "ask_timing",
               "summarize", "payoff_q", "restructure" },
      ending = "won_full", min = { overall = 90, trust = 80 },
      max = { transactional_pushing = 0, concession = 0 },
      facts = { "comparison", "pressure", "pain", "metrics", "champion",
                "budget", "deadline" } },
    { name = "discounting at the first objection loses the deal",
      path = { "match_offer", "floor_twenty" },
      ending = "lost", max = { overall = 10 } },
    { name = "cutting thirty thousand to fit the budget costs the full deal",
      path = { "what_compare", "line_by_line", "like_for_like", "good_outcome",
               "help_her_win", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "cut_thirty", "ask_timing",
               "summarize", "payoff_q", "restructure" },
      ending = "won_discount", min = { concession = 10 } },
    { name = "a discount, even after a recovery, still caps the deal",
      path = { "what_compare", "line_by_line", "like_for_like", "split_difference",
               "step_back", "size_spring", "versus_gap", "pilot_results",
               "same_room", "ask_budget", "gap_is_thirty", "ask_timing",
               "summarize", "payoff_q", "restructure" },
      ending = "won_discount" },
    { name = "a friendly call that never tests her comparison wins one year",
      path = { "sounds_tough", "done_homework", "good_outcome", "weigh_against",
               "size_spring", "huge_number", "pilot_results", "same_room",
               "ask_budget", "thanks_budget", "ask_timing", "revise_proposal",
               "what_you_need" },
      ending = "won_year", max = { relationship_quality = 80 } },
    { name = "the summary stays locked until the pilot results are known",
      path = { "what_compare", "line_by_line", "like_for_like", "good_outcome",
               "help_her_win", "size_spring", "versus_gap", "fair_point" },
      offered = { "ask_budget", "revise_proposal" },
      not_offered = { "summarize" } },
  },
}
