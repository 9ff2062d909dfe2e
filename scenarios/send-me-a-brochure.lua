-- send-me-a-brochure.lua: "Just send me a brochure. We already have a vendor."
--
-- A cold call to a busy head of HR at a hotel group.  She tries to end the
-- call in the first sentence.  The trainee has to earn a real conversation
-- with respect for her time (ask permission, ask one sharp question, offer
-- her a way out), find what bothers her about the vendor she already has,
-- and suggest a next step she can't get from a brochure.  Pushing gets a
-- hang-up; doing exactly what she asked (sending the brochure) stalls.
--
-- Hidden meters: trust, and patience (her two minutes).  Every push costs
-- patience, and the group-wide deal needs most of it left.

-- True when every named fact has been uncovered.
local function known(s, ...)
  for _, id in ipairs({ ... }) do
    if not s.facts[id] then return false end
  end
  return true
end

-- The close: the deal follows trust and what was learned.
local function close_test(s)
  if s.trust >= 80 and s.patience >= 30
     and known(s, "dropoff", "cost", "vendor_gap", "champion") then
    return "won_group"
  elseif s.trust >= 55 and s.facts.vacancy then
    return "won_pilot"
  elseif s.trust >= 30 then
    return "stalled"
  end
  return "lost"
end

return scenario {
  id = "send-me-a-brochure",
  title = "Just send me a brochure",
  module = "objections",
  difficulty = "beginner",
  version = "1.0",
  minutes = 9,
  currency = "USD",
  brief = "Tamika Brooks is VP of People at Larkspur Hotels: fourteen hotels in "
    .. "Georgia, the Carolinas and Tennessee, about 2,100 employees, most of "
    .. "them hourly. You sell ShiftHire, which lets hourly workers apply for a "
    .. "job from their phone in a few minutes. This is a cold call, and she "
    .. "picks up. Earn a real conversation without wasting her time, find out "
    .. "whether anything bothers her about the vendor she has, and agree on a "
    .. "next step that's worth more than a brochure.",
  prospect = {
    name = "Tamika Brooks",
    role = "VP of People",
    company = "Larkspur Hotels",
    persona = "Warm but harried: talks fast, runs between meetings and "
      .. "properties, and gets a dozen vendor calls a week. She gives people "
      .. "who respect her time a little more of it, and hangs up on people who "
      .. "don't.",
  },

  state = {
    trust = { start = 25, min = 0, max = 100 },
    patience = { start = 40, min = 0, max = 100 },
  },

  facts = {
    vacancy = "Housekeeping jobs take three to four weeks to fill across the "
      .. "fourteen hotels, kitchen jobs longer; good candidates take other jobs "
      .. "before anyone calls them back.",
    dropoff = "The current application takes about thirty minutes; most hourly "
      .. "applicants apply on a phone, on a break, and more than half never "
      .. "finish.",
    cost = "Each open room-attendant job costs about $1,800 a month in "
      .. "overtime, and forty are open today: roughly $70,000 a month.",
    boss = "The COO, Martin Ochoa, asked Tamika why labor is over budget and "
      .. "wants a plan before the third-quarter budget review.",
    vendor_gap = "She asked TalentDesk, the current vendor, for a short mobile "
      .. "application last fall and was told 'next year'; the contract renews "
      .. "automatically on June 30 unless she gives notice by May 1.",
    champion = "Connie Tran, GM of the Savannah hotel, has been asking for a "
      .. "faster way to hire and would gladly run a test.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The brush-off: earn the next two minutes.
    ----------------------------------------------------------------------
    opening = {
      say = "Tamika Brooks. Look, I've got about two minutes before a call with "
        .. "our Savannah property. If this is about hiring software, just send me "
        .. "a brochure. We already have a vendor.",
      choices = {
        { id = "send_email",
          text = "Of course. What's the best email to send it to?",
          skills = { empathy = 1 },
          next = "email_given",
          coach = "Taking the brush-off at face value: polite, but a brochure "
            .. "she didn't ask for in earnest is where cold calls go to die." },
        { id = "permission",
          text = "I can do that. So I don't send you something generic, could I "
            .. "ask you one quick question first?",
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reply = "A short laugh. 'One.'",
          next = "one_question",
          coach = "Respect for her time plus a request for permission: you "
            .. "agreed to what she asked and asked for one question, not a "
            .. "meeting. Small asks get yeses." },
        { id = "thirty_seconds",
          text = "I'll be quick: ShiftHire fills hourly jobs twice as fast as "
            .. "anything else out there.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'That's what the last three callers said,' she says.",
          next = "irritated",
          coach = "Transactional pushing: a pitch to someone who just told you "
            .. "she has two minutes and a vendor. You sound like every other "
            .. "call she gets." },
        { id = "book_fifteen",
          text = "Most people who say that haven't seen what's out there. Can I "
            .. "get fifteen minutes on your calendar this week?",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = "'No,' she says. 'I just told you why.'",
          next = "irritated",
          coach = "Transactional pushing: you argued with her objection and "
            .. "asked for a bigger commitment in the same breath." },
      },
    },

    email_given = {
      say = "It's tbrooks at larkspurhotels dot com. Thanks, I've got to jump.",
      choices = {
        { id = "late_question",
          text = "Got it. So I send the right thing: how long does it take you to "
            .. "fill a housekeeping job right now?",
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "vacancy" },
          reply = "She stops, halfway to the other line.",
          next = "vacancy",
          coach = "A sharp question, asked late: one specific question about "
            .. "her world can turn a brush-off into a conversation." },
        { id = "include_what",
          text = "Great. Anything in particular you'd like me to include?",
          skills = { listening = 1 },
          reply = "'Pricing,' she says, and she's gone.",
          next = "stalled",
          coach = "A question, but a weak one: it asks her to do your homework, "
            .. "and invites the one answer that ends the call." },
        { id = "send_follow",
          text = "I'll send it today and follow up next week.",
          skills = { pushing = 1 },
          next = "stalled",
          coach = "Doing exactly what she asked: the brochure lands in a pile "
            .. "with a dozen others, and you never learned why she'd read it." },
      },
    },

    irritated = {
      say = function(s)
        if s.patience <= 10 then
          return "I said two minutes. You're about out of them."
        elseif s.trust >= 50 then
          return "And now you sound like every other vendor who calls me."
        end
        return "I told you. We already have a vendor."
      end,
      choices = {
        { id = "apologize_ask",
          text = "You're right, and I'm sorry. Can I ask one question, and if it's "
            .. "not useful, I'll let you go?",
          once = true,
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 5 },
          reply = function(s)
            if s.patience >= 15 then return "'One,' she says. 'Make it good.'" end
            return "'No,' she says. 'I'm sorry. I have to go.'"
          end,
          next = function(s)
            if s.patience < 15 then
              if s.trust >= 45 then return "stalled" end
              return "hung_up"
            end
            if s.facts.vacancy then return "recap" end
            return "one_question"
          end,
          coach = "Empathy and a recovery: you owned the push and asked for a "
            .. "smaller, fairer piece of her time. It works only if she has any "
            .. "left." },
        { id = "hear_me_out",
          text = "Just hear me out. It'll take one minute.",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = function(s)
            if s.trust >= 45 then
              return "'No,' she says, not unkindly. 'Send me something. I have "
                .. "to go.'"
            end
            return "She's already gone."
          end,
          next = function(s)
            if s.trust >= 45 then return "stalled" end
            return "hung_up"
          end,
          coach = "Transactional pushing at its worst: talking over a clear no. "
            .. "Whatever goodwill you built, you just spent it." },
        { id = "send_anyway",
          text = "Fine. I'll send the brochure.",
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 20 then return "stalled" end
            return "lost"
          end,
          coach = "Giving up after pushing: you leave with nothing learned and a "
            .. "bad first impression on file." },
      },
    },

    ----------------------------------------------------------------------
    -- One sharp question, then the problem.
    ----------------------------------------------------------------------
    one_question = {
      say = "Okay. Go ahead.",
      choices = {
        { id = "how_happy",
          text = "How happy are you with your current vendor?",
          skills = { listening = 1, problem_solving = 1 },
          reply = "'They're fine,' she says.",
          next = "fine",
          coach = "A generic question gets a generic answer: 'fine' is what "
            .. "busy people say to vendors." },
        { id = "fill_time",
          text = "When a housekeeping job opens at one of your hotels, how long "
            .. "does it usually take to fill?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "vacancy" },
          next = "vacancy",
          coach = "One sharp SPIN situation question, specific to her world: "
            .. "she can't answer it without telling you whether she has a "
            .. "problem." },
        { id = "whole_process",
          text = "Could you walk me through your whole hiring process?",
          skills = { listening = 1 },
          state = { patience = -10 },
          reply = "'That's not one question, that's a meeting,' she says. 'We "
            .. "have a vendor, and they're fine.'",
          next = "fine",
          coach = "Too big an ask: she gave you one question, and you asked for "
            .. "a tour. Respecting her time means asking the one that matters." },
      },
    },

    fine = {
      say = "They do what we bought them for.",
      choices = {
        { id = "fine_probe",
          text = "'Fine' sometimes means something's bugging you. If you could "
            .. "change one thing about hiring today, what would it be?",
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "vacancy" },
          reply = "She pauses. 'How long it takes to fill a housekeeping job.'",
          next = "vacancy",
          coach = "Active listening, sensing stage: you heard the flatness in "
            .. "'fine' and gave her room to say what isn't." },
        { id = "glad_fine",
          text = "Good to hear. I'll send that brochure, then.",
          skills = { empathy = 1 },
          next = "stalled",
          coach = "Accepting 'fine': it ends the call politely and learns "
            .. "nothing." },
        { id = "fine_not_great",
          text = "Fine isn't great, though. We'd be a big upgrade.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Says you,' she says.",
          next = "irritated",
          coach = "Transactional pushing: you argued with her answer instead of "
            .. "asking about it." },
      },
    },

    vacancy = {
      say = function(s)
        if s.trust >= 40 then
          return "Honestly? Three or four weeks for housekeeping. Kitchen is worse. "
            .. "By the time we call people back, they've taken a job somewhere "
            .. "else."
        end
        return "Three, four weeks. Everybody in hospitality has the same problem."
      end,
      choices = {
        { id = "five_days",
          text = "We get that down to five days for most of our hotel clients.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Good for them,' she says.",
          next = "irritated",
          coach = "Transactional pushing: she gave you a number and you topped "
            .. "it with a claim. You still don't know why her jobs sit open." },
        { id = "where_lose",
          text = "Where do you lose them along the way?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "dropoff" },
          next = "dropoff",
          coach = "A SPIN problem question: you asked where the process breaks, "
            .. "not whether it does." },
        { id = "hard_on_hotels",
          text = "Three or four weeks short-staffed. That must be hard on your "
            .. "hotels.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It's hard on everybody,' she says.",
          next = "dropoff",
          coach = "Empathy, responding stage: warm, but you didn't ask why the "
            .. "jobs take so long to fill." },
      },
    },

    dropoff = {
      say = function(s)
        if s.facts.dropoff then
          return "The application. It takes about thirty minutes, and most of "
            .. "these folks apply on their phones, on a break. More than half "
            .. "never finish."
        end
        return "It's just hard to find people right now."
      end,
      choices = {
        { id = "reflect_phone",
          text = "So the people you most want are applying on a phone, on a break, "
            .. "and a thirty-minute form loses more than half of them. Is that it?",
          requires = { "dropoff" },
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = "'That's it exactly,' she says. 'Nobody at corporate gets that.'",
          next = "time_check",
          coach = "Active listening, processing stage: you played her problem "
            .. "back in one sentence and checked it. She hears that you got it." },
        { id = "hard_why",
          text = "What makes it hard, would you say?",
          when = function(s) return not s.facts.dropoff end,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "dropoff" },
          next = "dropoff",
          coach = "Active listening, sensing stage: 'just hard' hides "
            .. "something, and you asked." },
        { id = "blame_vendor",
          text = "Sounds like your vendor wasn't built for hourly hiring.",
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'I picked them,' she says, a little cooler.",
          next = "time_check",
          coach = "Trashing the incumbent: she chose that vendor, so it lands as "
            .. "criticism of her, not of them." },
        { id = "show_mobile",
          text = "Our application takes four minutes on a phone. Can I show you?",
          skills = { pushing = 2 },
          state = { trust = -5, patience = -15 },
          reply = "'Not now,' she says.",
          next = "irritated",
          coach = "Transactional pushing: a demo request the moment she named a "
            .. "problem. Sizing the problem comes first." },
      },
    },

    time_check = {
      say = "Okay, that was more than one question, and Savannah's waiting.",
      choices = {
        { id = "offer_out",
          text = "It was, and I promised you two minutes. Do you want to stop here "
            .. "and pick another time, or keep going for five more?",
          skills = { empathy = 2, listening = 1, problem_solving = 1 },
          state = { trust = 10 },
          reply = function(s)
            if s.trust >= 50 then
              return "She thinks. 'Keep going. Savannah can wait five minutes.'"
            end
            return "'Let's pick a time,' she says."
          end,
          next = function(s)
            if s.trust >= 50 then return "cost" end
            return "callback"
          end,
          coach = "Respecting her time out loud: you kept your promise and let "
            .. "her choose. Whether she stays depends on what the call has been "
            .. "worth to her so far." },
        { id = "barrel_on",
          text = "This'll only take a few more minutes, I promise.",
          skills = { pushing = 1 },
          state = { patience = -15 },
          next = function(s)
            if s.patience >= 20 then return "cost" end
            return "irritated"
          end,
          coach = "Ignoring her time: a small push, but she noticed you broke "
            .. "your promise of two minutes." },
        { id = "let_go",
          text = "I'll let you go. I'll send the brochure with a note about the "
            .. "application drop-off.",
          skills = { empathy = 1 },
          next = "stalled",
          coach = "Respectful, but you decided for her: she might have given "
            .. "you five more minutes, and a brochure won't do what they could." },
      },
    },

    callback = {
      say = "Thursday at ten. I can give you twenty minutes.",
      choices = {
        { id = "bring_gm",
          text = "Thursday works. Would it help to have one of your GMs on that "
            .. "call, someone who lives with the open jobs?",
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          next = function(s)
            if s.trust >= 45 and s.facts.vacancy then return "won_pilot" end
            return "stalled"
          end,
          coach = "Problem-solving: you made the follow-up about her operation, "
            .. "not your demo, by bringing in someone who feels the problem." },
        { id = "send_first",
          text = "Great. I'll send the brochure before then so you can look it "
            .. "over.",
          skills = { pushing = 1 },
          next = "stalled",
          coach = "Homework for a busy person: she won't read it, and Thursday "
            .. "gets moved." },
      },
    },

    ----------------------------------------------------------------------
    -- What it costs, and the vendor she already has.
    ----------------------------------------------------------------------
    cost = {
      say = function(s)
        if s.trust >= 60 then
          return "All right. Five minutes. What do you want to know?"
        end
        return "Quickly, then."
      end,
      choices = {
        { id = "cost_q",
          text = "While a housekeeping job sits open, what does it cost you?",
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "cost" },
          next = "coo",
          coach = "A SPIN implication question: you turned a hiring nuisance "
            .. "into a monthly cost she can act on." },
        { id = "gms_tired",
          text = "Your GMs must be exhausted, covering all those shifts.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'They are,' she says.",
          next = "coo",
          coach = "Empathy without an implication question: true and kind, "
            .. "but the cost of the problem stays unspoken." },
        { id = "save_thousands",
          text = "Our clients save thousands in overtime. Want to see the numbers?",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          next = "irritated",
          coach = "Transactional pushing: other people's numbers, offered "
            .. "before you know hers." },
      },
    },

    coo = {
      say = function(s)
        if s.facts.cost then
          return "Overtime, mostly. My GMs figure each open room-attendant job runs "
            .. "about eighteen hundred a month, and we have forty open today. Our "
            .. "COO asked me last month why labor is over budget."
        end
        return "The GMs cover shifts, people burn out, and our COO asked me last "
          .. "month why labor is over budget."
      end,
      choices = {
        { id = "coo_answer",
          text = "What did you tell him?",
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "boss" },
          reply = "'That I'd have a plan for Martin before the Q3 budget review,' "
            .. "she says. 'Which I don't, yet.'",
          next = "vendor",
          coach = "Active listening, sensing stage: you caught the COO's "
            .. "question and asked about it, and found her deadline and who "
            .. "she answers to." },
        { id = "do_the_math",
          text = "That adds up fast.",
          skills = { listening = 1, problem_solving = 1 },
          reply = "'It does,' she says.",
          next = "vendor",
          coach = "Listening, but you let the COO comment go by. It was the most "
            .. "important thing she said." },
        { id = "show_coo",
          text = "We could put together an ROI deck for your COO.",
          skills = { pushing = 2 },
          state = { trust = -5, patience = -15 },
          reply = "'He gets decks,' she says.",
          next = "vendor",
          coach = "Pushing toward the boss: you offered to sell past her before "
            .. "you knew what she told him." },
      },
    },

    vendor = {
      say = function(s)
        if s.trust >= 60 then
          return "Here's my problem, though. We have TalentDesk, and switching "
            .. "systems is a headache I don't need."
        end
        return "Look, we already have a vendor. I'm not switching systems."
      end,
      choices = {
        { id = "what_tried",
          text = function(s)
            local what = s.facts.dropoff and "the application problem"
              or "the hiring delays"
            return "That's fair. Nobody wants to switch for the sake of it. Have "
              .. "you raised " .. what .. " with them? What did they say?"
          end,
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "vendor_gap" },
          next = "renewal",
          coach = "Handling 'we already have a vendor' by exploring it: you "
            .. "respected her choice and asked what the vendor has done about "
            .. "her problem." },
        { id = "big_upgrade",
          text = "Honestly, we'd be a big upgrade over TalentDesk.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Everybody's an upgrade on the phone,' she says.",
          next = "irritated",
          coach = "Transactional pushing: comparing yourself to her vendor "
            .. "makes her defend the choice she made." },
        { id = "headache",
          text = "I understand. Switching really is a headache.",
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          next = "renewal",
          coach = "Empathy, but you agreed with the objection instead of "
            .. "exploring it, so you don't learn what the vendor isn't doing." },
      },
    },

    renewal = {
      say = function(s)
        if s.facts.vendor_gap then
          return "I asked them for a short mobile application last fall. 'Next "
            .. "year,' they said. And the contract renews on its own June "
            .. "thirtieth unless I give notice by May first."
        end
        return "Anyway. We're with TalentDesk through June."
      end,
      choices = {
        { id = "ask_gm",
          text = "Which of your GMs feels this the most?",
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "champion" },
          reply = "'Connie, in Savannah,' she says at once. 'She's been on me for "
            .. "months. Actually, that's who I'm supposed to be calling.'",
          next = "gm_talk",
          coach = "MEDDIC, champion: you looked for the person inside who feels "
            .. "the problem most and would want to fix it." },
        { id = "give_notice",
          text = "Then give them notice now and switch to us.",
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = "'I've known you for six minutes,' she says.",
          next = "irritated",
          coach = "Transactional pushing: asking her to fire her vendor on a "
            .. "cold call. The window is real; your ask is far too big." },
        { id = "window",
          text = "So there's a window before May to look at options.",
          skills = { listening = 1, problem_solving = 1 },
          next = "recap",
          coach = "Processing, partly: you noticed the date, but jumped to your "
            .. "opportunity instead of asking who else cares." },
      },
    },

    gm_talk = {
      say = "Connie runs our busiest hotel. She's short six room attendants and "
        .. "covers the front desk herself on weekends.",
      choices = {
        { id = "call_connie",
          text = "Maybe I should give Connie a call directly, then.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Maybe you should go through me,' she says.",
          next = "recap",
          coach = "Going around her: it turns her ally into your shortcut, and "
            .. "she notices." },
        { id = "involve_connie",
          text = "Then Connie should have a say in whatever you look at. Would she "
            .. "be up for testing something at her hotel, with you deciding "
            .. "if it's worth more?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'She'd jump at it,' Tamika says.",
          next = "recap",
          coach = "Problem-solving with empathy: you made the GM who feels the "
            .. "pain a partner, and kept Tamika in charge of the decision." },
        { id = "poor_connie",
          text = "That's a lot on one person's shoulders.",
          skills = { empathy = 2 },
          reply = "'It is,' she says.",
          next = "recap",
          coach = "Empathy for Connie, but no next step for her." },
      },
    },

    ----------------------------------------------------------------------
    -- Play it back, then a next step worth more than a brochure.
    ----------------------------------------------------------------------
    recap = {
      say = function(s)
        if s.trust >= 70 then
          return "I really do have to call Savannah in a minute. Where does this "
            .. "leave us?"
        end
        return "I have to go. What are you thinking?"
      end,
      choices = {
        { id = "summarize",
          text = function(s)
            local line = "Let me make sure I've got it. Housekeeping jobs sit open "
              .. "three or four weeks, more than half of applicants quit a "
              .. "thirty-minute form on their phones, and every open job costs "
              .. "about eighteen hundred a month"
            if s.facts.boss then
              line = line .. ", with your COO waiting on a plan"
            end
            return line .. ". Is that right?"
          end,
          requires = { "vacancy", "dropoff", "cost" },
          unavailable = "You don't know yet where applicants drop out, or what "
            .. "an open job costs her.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: the whole problem in her "
            .. "words, in one breath, checked with her." },
        { id = "skip_to_next",
          text = "What would be a sensible next step, from your side?",
          skills = { listening = 1 },
          next = "next_step",
          coach = "A fair question, but you skipped playing back what you "
            .. "heard, so she has to do the summing up herself." },
        { id = "send_now",
          text = "I'll send the brochure today, and a price sheet.",
          skills = { pushing = 1 },
          next = "stalled",
          coach = "Back to the brochure: after all that, you sent her the one "
            .. "thing she already has a drawer full of." },
      },
    },

    payoff = {
      say = function(s)
        if s.trust >= 75 then
          return "That's exactly it. You listen better than my last three vendors."
        end
        return "That's about right."
      end,
      choices = {
        { id = "payoff_q",
          text = "If housekeeping jobs filled in a week instead of a month, what "
            .. "would that change for you and your GMs?",
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Connie gets her weekends back,' she says. 'And I walk into the "
            .. "budget review with a plan.'",
          next = "next_step",
          coach = "A SPIN need-payoff question: she says the value out loud, in "
            .. "her own words." },
        { id = "thanks_time",
          text = "Thanks for giving me more than two minutes.",
          skills = { empathy = 2 },
          reply = "'Don't make me regret it,' she says, smiling.",
          next = "next_step",
          coach = "Gracious, but no need-payoff question: she never says what "
            .. "fixing this would be worth to her." },
        { id = "book_demo",
          text = "Great, so let's book a demo with your whole team.",
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'My whole team,' she repeats. 'Let's not get ahead of "
            .. "ourselves.'",
          next = "next_step",
          coach = "Transactional pushing: a bigger ask than the call has earned." },
      },
    },

    next_step = {
      say = function(s)
        if s.trust >= 70 then
          return "So what do you suggest? And please don't say a brochure."
        elseif s.trust >= 45 then
          return "What's the next step?"
        end
        return "I really have to go. What are you proposing?"
      end,
      choices = {
        { id = "side_by_side",
          text = function(s)
            local who = s.facts.champion and "Connie's hotel" or "one of your hotels"
            local may = s.facts.vendor_gap and ", well before your May notice date"
              or ""
            return "Here's an idea: for two weeks, post a few open housekeeping "
              .. "jobs at " .. who .. " on our four-minute application" .. may
              .. ", and compare who actually shows up. No switch, no contract "
              .. "until you've seen it."
          end,
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          next = close_test,
          coach = "Problem-solving, the trusted-advisor next step: a small, "
            .. "safe test built from what she told you, that answers 'we "
            .. "already have a vendor' without asking her to switch." },
        { id = "her_pick",
          text = "What would be most useful to you as a next step?",
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 60 and s.facts.vacancy then return "won_pilot" end
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Listening, but passive: a busy VP hands the next step to her "
            .. "calendar, where it waits." },
        { id = "sign_june",
          text = "If you sign this month, we can have all fourteen hotels live by "
            .. "June.",
          skills = { pushing = 3 },
          next = function(s)
            if s.trust >= 70 and s.facts.vacancy then return "won_pilot" end
            if s.trust >= 35 then return "stalled" end
            return "lost"
          end,
          coach = "Transactional pushing, a hard close on a cold call: she "
            .. "hasn't seen it work once, and you asked for fourteen hotels." },
        { id = "brochure_after_all",
          text = "I'll send the brochure and a case study and follow up next "
            .. "week.",
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Doing what she asked at the start: after a good call, a "
            .. "brochure gives her nothing to decide." },
      },
    },
  },

  endings = {
    won_group = {
      say = "Connie's test fills five room-attendant jobs in nine days. Tamika "
        .. "takes the numbers to Martin, her COO, gives TalentDesk notice in "
        .. "April, and signs ShiftHire for all fourteen hotels, a month before "
        .. "the budget review.",
      outcome = { result = "won", deal_value = 98000, days_to_close = 35 },
    },
    won_pilot = {
      say = "After two more calls and a month of scheduling, Tamika agrees to a "
        .. "paid pilot at two hotels. She renews TalentDesk for everyone else, "
        .. "'just for now.'",
      outcome = { result = "won", deal_value = 16000, days_to_close = 75 },
    },
    stalled = {
      say = "The brochure goes out. Tamika doesn't reply. On June 30, the "
        .. "TalentDesk contract renews for another year.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Your follow-up emails go unanswered. Months later, Larkspur's "
        .. "careers page shows a new application from a competitor.",
      outcome = { result = "lost" },
    },
    hung_up = {
      say = "'I have to go,' Tamika says, and the line goes dead. Your number "
        .. "goes into her 'ignore' list.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test scenarios/send-me-a-brochure.lua`.
  tests = {
    { name = "permission, one sharp question and a safe test win the group",
      path = { "permission", "fill_time", "where_lose", "reflect_phone",
               "offer_out", "cost_q", "coo_answer", "what_tried", "ask_gm",
               "involve_connie", "summarize", "payoff_q", "side_by_side" },
      ending = "won_group", min = { overall = 90, trust = 80 },
      max = { transactional_pushing = 0 },
      facts = { "vacancy", "dropoff", "cost", "boss", "vendor_gap", "champion" } },
    { name = "pitching through the brush-off gets a hang-up",
      path = { "thirty_seconds", "hear_me_out" },
      ending = "hung_up", max = { overall = 10 } },
    { name = "sending the brochure as asked stalls",
      path = { "send_email", "send_follow" },
      ending = "stalled" },
    { name = "breaking the two-minute promise once costs the group deal",
      path = { "permission", "fill_time", "where_lose", "reflect_phone",
               "barrel_on", "cost_q", "coo_answer", "what_tried", "ask_gm",
               "involve_connie", "summarize", "payoff_q", "side_by_side" },
      ending = "won_pilot" },
    { name = "a warm call that never asks what it costs wins only a pilot",
      path = { "permission", "how_happy", "fine_probe", "hard_on_hotels",
               "hard_why", "reflect_phone", "offer_out", "gms_tired", "do_the_math",
               "headache", "ask_gm", "poor_connie", "skip_to_next", "her_pick" },
      ending = "won_pilot", max = { relationship_quality = 75 } },
    { name = "the summary stays locked until the cost of an open job is known",
      path = { "permission", "fill_time", "where_lose", "reflect_phone",
               "offer_out", "gms_tired", "coo_answer", "headache", "window" },
      not_offered = { "summarize" }, offered = { "skip_to_next" } },
  },
}
