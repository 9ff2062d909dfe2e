-- send-me-a-brochure.lua: "Just send me a brochure. We already have a vendor."
--
-- A cold call to a busy head of HR at a hotel group.  She tries to end the
-- call in the first sentence.  The trainee has to earn a real conversation
-- with respect for her time (ask permission, ask one sharp question, offer
-- her a way out), find what bothers her about the vendor she already has,
-- and suggest a next step she can't get from a brochure.  Pushing gets a
-- hang-up; doing exactly what she asked (sending the brochure) stalls.
--
-- How the options are written (issue 14): every decision has a polished
-- option that is wrong for her at that moment: a number or a date heard
-- wrong (days for weeks, May and June swapped, sixteen room attendants for
-- six), sympathy that spends the two minutes she has, a need-payoff
-- question before she has admitted a problem, a qualifying question about
-- switching vendors when she has just said she won't.  The right move is
-- not always a question.  When she blames the labor market, the right move
-- is an insight that reframes it (Challenger: teach, tailor, take control):
-- hotels in the same market fill the same jobs in a week when applying
-- takes minutes on a phone.  When she asks what it costs, the right move is
-- the price, plainly; a discount nobody asked for is a concession given
-- away, not traded.  Large sales are not won by closing techniques (SPIN);
-- the best close here is a small test she controls.
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

-- A big ask at the end of a cold call.
local function big_ask(s)
  if s.trust >= 70 and s.facts.vacancy then return "won_pilot" end
  if s.trust >= 35 then return "stalled" end
  return "lost"
end

return scenario {
  id = "send-me-a-brochure",
  title = "Just send me a brochure",
  module = "objections",
  difficulty = "beginner",
  version = "2.0",
  minutes = 10,
  currency = "USD",
  brief = "Tamsin Oyelaran is VP of People at Larkspur Hotels: fourteen hotels "
    .. "in Georgia, the Carolinas and Tennessee, about 2,100 employees, most of "
    .. "them hourly. You sell ShiftHire, which lets hourly workers apply for a "
    .. "job from their phone in a few minutes, at just under four dollars per "
    .. "employee a month. This is a cold call, and she picks up. Earn a real "
    .. "conversation without wasting her time, find out whether anything "
    .. "bothers her about the vendor she has, and agree on a next step that's "
    .. "worth more than a brochure.",
  prospect = {
    name = "Tamsin Oyelaran",
    role = "VP of People",
    company = "Larkspur Hotels",
    persona = "Warm but harried: talks fast, runs between meetings and "
      .. "properties, and gets a dozen vendor calls a week. She gives people "
      .. "who respect her time a little more of it, and hangs up on people who "
      .. "don't. She asks direct questions and expects direct answers.",
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
    boss = "The COO, Evander Quist, asked Tamsin why labor is over budget and "
      .. "wants a plan before the third-quarter budget review.",
    vendor_gap = "She asked TalentDesk, the current vendor, for a short mobile "
      .. "application last fall and was told 'next year'; the contract renews "
      .. "automatically on June 30 unless she gives notice by May 1.",
    champion = "Delphine Aucoin, GM of the Savannah hotel, has been asking for "
      .. "a faster way to hire and would gladly run a test.",
  },

  start = "opening",

  nodes = {
    ----------------------------------------------------------------------
    -- The brush-off: earn the next two minutes.
    ----------------------------------------------------------------------
    opening = {
      say = "Tamsin Oyelaran. Look, I've got about two minutes before a call "
        .. "with our Savannah property. If this is about hiring software, just "
        .. "send me a brochure. We already have a vendor.",
      choices = {
        { id = "empathy_open",
          text = { "It sounds like you're completely swamped today. I really "
              .. "appreciate you picking up at all, and I understand how many of "
              .. "these calls you must get.",
            "I can hear you're slammed. Sorry to catch you right before "
              .. "Savannah." },
          skills = { empathy = 1 },
          state = { patience = -10 },
          reply = "'Thanks,' she says. 'The clock's running.'",
          next = "one_question",
          coach = "Sympathy that spends her time: kind words are fine, but she "
            .. "told you she had two minutes and you used a quarter of one "
            .. "telling her so. Respect for her time is shown, not said." },
        { id = "send_email",
          text = { "Of course. What's the best email to send it to?",
            "Absolutely, I'll get that straight over to you. Which address "
              .. "should it go to, so it doesn't get lost among the dozen others "
              .. "you get?",
            "Sure. Which email?" },
          skills = { empathy = 1 },
          next = "email_given",
          coach = "Taking the brush-off at face value: polite, but a brochure "
            .. "she didn't ask for in earnest is where cold calls go to die." },
        { id = "thirty_seconds",
          text = { "I'll be quick: ShiftHire fills hourly jobs twice as fast as "
              .. "anything else out there.",
            "Since you've only got two minutes, here's the headline: hotel "
              .. "groups like yours fill housekeeping jobs in days with us, not "
              .. "weeks." },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'That's what the last three callers said,' she says.",
          next = "irritated",
          coach = "Transactional pushing: a pitch to someone who just told you "
            .. "she has two minutes and a vendor. You sound like every other "
            .. "call she gets." },
        { id = "permission",
          text = { "I can do that. So I don't send you something generic, could "
              .. "I ask you one quick question first?",
            "I'll send it. So it isn't one more generic brochure, give me one "
              .. "question first, and then you can go.",
            "Happy to. One question first?" },
          skills = { empathy = 1, listening = 2, problem_solving = 1 },
          state = { trust = 10 },
          reply = "A short laugh. 'One.'",
          next = "one_question",
          coach = "Respect for her time plus a request for permission: you "
            .. "agreed to what she asked and asked for one question, not a "
            .. "meeting. Small asks get yeses." },
        { id = "book_fifteen",
          text = { "Most people who say that haven't seen what's out there. Can "
              .. "I get fifteen minutes on your calendar this week?",
            "Would fifteen minutes later this week suit you better than two "
              .. "now, so you can see what's changed since you chose your "
              .. "vendor?" },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = "'No,' she says. 'I just told you why.'",
          next = "irritated",
          coach = "Transactional pushing: you argued with her objection and "
            .. "asked for a bigger commitment in the same breath, however "
            .. "politely it was phrased." },
      },
    },

    email_given = {
      say = "It's toyelaran at larkspurhotels dot com. Thanks, I've got to jump.",
      choices = {
        { id = "include_what",
          text = { "Great. Anything in particular you'd like me to include?",
            "Got it. Is there anything specific you'd want to see in it, so "
              .. "it's actually useful when you open it?" },
          skills = { listening = 1 },
          reply = "'Pricing,' she says, and she's gone.",
          next = "stalled",
          coach = "A question, but a weak one: it asks her to do your homework, "
            .. "and invites the one answer that ends the call." },
        { id = "courtesy_close",
          text = { "Thanks so much for your time, Tamsin. I'll keep it short "
              .. "and relevant, and I'll call on Thursday to walk you through "
              .. "it.",
            "Would Thursday be a good time for a quick call to walk you "
              .. "through it, once you've had a look?" },
          skills = { pushing = 1 },
          reply = "'I'll let you know,' she says. She won't.",
          next = "stalled",
          coach = "A follow-up she never agreed to: polite, and a small push. "
            .. "Booking her time for a brochure she doesn't want is still "
            .. "asking for her time." },
        { id = "late_question",
          text = { "Got it. So I send the right thing: how long does it take you "
              .. "to fill a housekeeping job right now?",
            "Got it. One thing so I send the right thing: how long a "
              .. "housekeeping job stays open at your hotels.",
            "Got it. How long does a housekeeping job stay open?" },
          once = true,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "vacancy" },
          reply = "She stops, halfway to the other line.",
          next = "vacancy",
          coach = "A sharp question, asked late: one specific question about "
            .. "her world can turn a brush-off into a conversation." },
        { id = "send_follow",
          text = { "I'll send it today and follow up next week.",
            "I'll have it in your inbox within the hour, and I'll follow up "
              .. "next week to see what you thought of it." },
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
        { id = "hear_me_out",
          text = { "Just hear me out. It'll take one minute.",
            "I really think you'll want to hear this. Could you give me one "
              .. "more minute before you go?" },
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
        { id = "explain_self",
          text = { "I'm not like the other vendors, honestly. I only call "
              .. "companies where I think we can really help, and Larkspur is "
              .. "one of them.",
            "Fair, but I'm not calling everyone. Larkspur is on my list for "
              .. "a reason." },
          skills = { pushing = 1 },
          state = { trust = -5, patience = -10 },
          reply = "'Everyone says that too,' she says.",
          next = "stalled",
          coach = "Defending yourself instead of owning the push: it asks her "
            .. "to believe you're different without giving her a reason to." },
        { id = "apologize_ask",
          text = { "You're right, and I'm sorry. Can I ask one question, and if "
              .. "it's not useful, I'll let you go?",
            "That's fair, and I'm sorry. One question, and if it's no use to "
              .. "you, I'll let you get to Savannah.",
            "Fair. Sorry. One question?" },
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
        { id = "send_anyway",
          text = { "Fine. I'll send the brochure.",
            "Understood. I'll send the brochure over, and you can look at it "
              .. "whenever you have a minute." },
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
        { id = "fill_time",
          text = { "When a housekeeping job opens at one of your hotels, how long "
              .. "does it usually take to fill?",
            "Here's my one: how long a housekeeping job sits open at one of "
              .. "your hotels.",
            "How long does a housekeeping job stay open?" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "vacancy" },
          next = "vacancy",
          coach = "One sharp SPIN situation question, specific to her world: "
            .. "she can't answer it without telling you whether she has a "
            .. "problem." },
        { id = "early_payoff",
          text = { "If you could fill every hourly job at all fourteen hotels "
              .. "within a week, what would that be worth to Larkspur?",
            "What would it mean for your hotels if hourly jobs filled in a "
              .. "week?" },
          skills = { problem_solving = 1 },
          state = { patience = -5 },
          reply = "'A lot, obviously,' she says. 'They don't. They're fine. We "
            .. "have a vendor.'",
          next = "fine",
          coach = "A need-payoff question before she has admitted a problem: "
            .. "SPIN's need-payoff comes after the problem and its cost, and "
            .. "asked first it sounds like a pitch with a question mark." },
        { id = "how_happy",
          text = { "How happy are you with your current vendor?",
            "I'd like to know how you feel about the vendor you've got, "
              .. "honestly." },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'They're fine,' she says.",
          next = "fine",
          coach = "A generic question gets a generic answer: 'fine' is what "
            .. "busy people say to vendors." },
        { id = "whole_process",
          text = { "Could you walk me through your whole hiring process, from "
              .. "the job posting to a new hire's first shift?",
            "Walk me through your hiring process?" },
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
        { id = "glad_fine",
          text = { "Good to hear. I'll send that brochure, then.",
            "That's good to hear; a vendor that does what it says is rarer "
              .. "than it should be. I'll send the brochure, then." },
          skills = { empathy = 1 },
          next = "stalled",
          coach = "Accepting 'fine': it ends the call politely and learns "
            .. "nothing." },
        { id = "fine_probe",
          text = { "'Fine' sometimes means something's bugging you. If you could "
              .. "change one thing about hiring today, what would it be?",
            "Fine isn't the same as good. If you could change one thing about "
              .. "hiring tomorrow, what would it be?",
            "What's the one thing you'd change?" },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "vacancy" },
          reply = "She pauses. 'How long it takes to fill a housekeeping job.'",
          next = "vacancy",
          coach = "Active listening, sensing stage: you heard the flatness in "
            .. "'fine' and gave her room to say what isn't." },
        { id = "fine_not_great",
          text = { "Fine isn't great, though. We'd be a big upgrade.",
            "Would you settle for fine if you knew what great looked like for "
              .. "hotels your size?" },
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
          return "Honestly? Three or four weeks for housekeeping. Kitchen is "
            .. "worse. By the time we call people back, they've taken a job "
            .. "somewhere else."
        end
        return "Three, four weeks. Everybody in hospitality has the same problem."
      end,
      choices = {
        { id = "wrong_vacancy",
          text = { "Three or four days for housekeeping is quick. Where does it "
              .. "slow down for the kitchen jobs?",
            "So housekeeping fills in three or four days, and it's the "
              .. "kitchen that's the problem. That narrows it down." },
          skills = {},
          state = { trust = -10 },
          reply = "'Weeks,' she says. 'Three or four weeks.' She sounds tired "
            .. "of saying it.",
          next = "dropoff",
          coach = "Processing failed: weeks became days. A VP who gives you a "
            .. "number once, on a cold call, expects you to keep it." },
        { id = "hard_on_hotels",
          text = { "Three or four weeks short-staffed. That must be hard on your "
              .. "hotels.",
            "A month short-staffed at a busy hotel is hard on everybody, "
              .. "from the GM to the guests." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'It's hard on everybody,' she says.",
          next = "dropoff",
          coach = "Empathy, responding stage: warm, but you didn't ask why the "
            .. "jobs take so long to fill." },
        { id = "where_lose",
          text = { "Where do you lose them along the way?",
            "Three or four weeks usually means people are dropping out "
              .. "somewhere between seeing the job and starting it. I'd want to "
              .. "know where.",
            "Where do they drop out?" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "dropoff" },
          next = "dropoff",
          coach = "A SPIN problem question: you asked where the process breaks, "
            .. "not whether it does." },
        { id = "five_days",
          text = { "We get that down to five days for most of our hotel clients.",
            "Would it help to know most of our hotel clients fill housekeeping "
              .. "in about five days?" },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Good for them,' she says.",
          next = "irritated",
          coach = "Transactional pushing: she gave you a number and you topped "
            .. "it with a claim. You still don't know why her jobs sit open." },
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
        { id = "hard_why",
          text = { "What makes it hard, would you say?",
            "'Hard to find' can mean a lot of things. I'd like to know which "
              .. "one it means at your hotels." },
          when = function(s) return not s.facts.dropoff end,
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "dropoff" },
          next = "dropoff",
          coach = "Active listening, sensing stage: 'just hard' hides "
            .. "something, and you asked." },
        { id = "show_mobile",
          text = { "Our application takes four minutes on a phone. Can I show "
              .. "you?",
            "Would it help to see a four-minute application on your own phone, "
              .. "right now, while we're talking?" },
          skills = { pushing = 2 },
          state = { trust = -5, patience = -15 },
          reply = "'Not now,' she says.",
          next = "irritated",
          coach = "Transactional pushing: a demo request the moment she named a "
            .. "problem. Sizing the problem comes first." },
        { id = "wrong_dropoff",
          text = { "So people finish the thirty-minute form at home on a "
              .. "computer, and then half of them never hear back from anyone "
              .. "at the hotel? Is that where you lose them?",
            "So the form itself is fine on a desktop, and it's the "
              .. "call-back afterwards that loses half of them." },
          requires = { "dropoff" },
          skills = {},
          state = { trust = -10 },
          reply = "'On their phones,' she says. 'On a break. They never finish "
            .. "it.' A little cooler.",
          next = "time_check",
          coach = "Processing failed: you kept the thirty minutes and lost "
            .. "the phone and the break, which are the whole point. A wrong "
            .. "playback tells her you heard the number, not the problem." },
        { id = "reflect_phone",
          text = { "So the people you most want are applying on a phone, on a "
              .. "break, and a thirty-minute form loses more than half of them. "
              .. "Is that it?",
            "So the people you most want are applying on a phone, on a break, "
              .. "and a thirty-minute form loses more than half of them.",
            "Thirty minutes, on a phone, on a break. Half give up." },
          requires = { "dropoff" },
          skills = { empathy = 1, listening = 3, problem_solving = 1 },
          state = { trust = 10 },
          reply = "'That's it exactly,' she says. 'Nobody at corporate gets "
            .. "that.'",
          next = "time_check",
          coach = "Active listening, processing stage: you played her problem "
            .. "back in one sentence and checked it. She hears that you got it." },
        { id = "blame_vendor",
          text = { "Sounds like your vendor wasn't built for hourly hiring.",
            "Honestly, it sounds like your vendor was built for office "
              .. "jobs, not for housekeepers applying on a break between "
              .. "rooms, and that's not something you can fix from your side." },
          skills = { pushing = 1 },
          state = { trust = -5 },
          reply = "'I picked them,' she says, a little cooler.",
          next = "time_check",
          coach = "Trashing the incumbent: she chose that vendor, so it lands as "
            .. "criticism of her, not of them." },
      },
    },

    time_check = {
      say = "Okay, that was more than one question, and Savannah's waiting.",
      choices = {
        { id = "barrel_on",
          text = { "This'll only take a few more minutes, I promise.",
            "I know, and I'll be quick, I promise. A few more minutes and "
              .. "I think you'll be glad you stayed on, because what you told "
              .. "me about the form is fixable.",
            "Just a few more minutes?" },
          skills = { pushing = 1 },
          state = { patience = -15 },
          next = function(s)
            if s.patience >= 20 then return "cost" end
            return "irritated"
          end,
          coach = "Ignoring her time: a small push, but she noticed you broke "
            .. "your promise of two minutes." },
        { id = "book_later",
          text = { "Before you go, could we book thirty minutes next week with "
              .. "you and your team, so you can go through it properly without "
              .. "Savannah waiting on you?",
            "Could I get thirty minutes with your team next week?" },
          skills = { pushing = 2 },
          state = { patience = -5 },
          reply = "'Send me a time,' she says, already gone.",
          next = "stalled",
          coach = "A bigger ask than she offered: she gave you a choice of "
            .. "stopping or five more minutes, and you asked for a team "
            .. "meeting." },
        { id = "offer_out",
          text = { "It was, and I promised you two minutes. Do you want to stop "
              .. "here and pick another time, or keep going for five more?",
            "It was, and I promised you two minutes. Your call: we stop "
              .. "here and pick another time, or take five more now.",
            "It was. Another time, or five more minutes now?" },
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
        { id = "let_go",
          text = { "I'll let you go. I'll send the brochure with a note about "
              .. "the application drop-off.",
            "Of course, you've been generous with your time. I'll let you "
              .. "go, and I'll send the brochure along with a short note about "
              .. "the drop-off you mentioned, so you have it.",
            "Go. I'll send it." },
          skills = { empathy = 1 },
          next = "stalled",
          coach = "Respectful, but you decided for her: she might have given "
            .. "you five more minutes, and a brochure won't do what they could." },
      },
    },

    callback = {
      say = "Thursday at ten. I can give you twenty minutes.",
      choices = {
        { id = "thursday_yours",
          text = { "Thursday at ten works. You pick whoever you'd like on it, "
              .. "and you tell me what you want covered; it's your twenty "
              .. "minutes.",
            "Thursday suits. Whatever you want to cover, you set the "
              .. "agenda." },
          skills = { empathy = 1 },
          next = "stalled",
          coach = "Deferring entirely: polite, but Thursday becomes one more "
            .. "vendor call, with nobody on it who feels the open jobs, and it "
            .. "gets moved." },
        { id = "send_first",
          text = { "Great. I'll send the brochure before then so you can look it "
              .. "over.",
            "Thursday works. Should I send you the brochure and a couple "
              .. "of case studies beforehand, so you can have a look first and "
              .. "come with questions?" },
          skills = { pushing = 1 },
          next = "stalled",
          coach = "Homework for a busy person: she won't read it, and Thursday "
            .. "gets moved." },
        { id = "bring_gm",
          text = { "Thursday works. Would it help to have one of your GMs on that "
              .. "call, someone who lives with the open jobs?",
            "Thursday works. I'd suggest one of your GMs joins us, someone who "
              .. "lives with the open jobs." },
          skills = { empathy = 1, listening = 1, problem_solving = 2 },
          state = { trust = 5 },
          next = function(s)
            if s.trust >= 45 and s.facts.vacancy then return "won_pilot" end
            return "stalled"
          end,
          coach = "Problem-solving: you made the follow-up about her operation, "
            .. "not your demo, by bringing in someone who feels the problem." },
        { id = "demo_prep",
          text = { "Thursday works. I'll bring a full demo and pricing for all "
              .. "fourteen hotels, so your team can see everything in one go.",
            "Great. Shall I bring the full demo for all fourteen hotels?" },
          skills = { pushing = 1 },
          next = "stalled",
          coach = "Turning her twenty minutes into your presentation: she "
            .. "offered time to talk about her hiring, and you booked a demo." },
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
        { id = "gms_tired",
          text = { "Your GMs must be exhausted, covering all those shifts.",
            "I'd imagine your GMs are the ones covering those shifts, and "
              .. "they must be exhausted by now." },
          skills = { empathy = 2, listening = 1 },
          state = { trust = 5 },
          reply = "'They are,' she says.",
          next = "coo",
          coach = "Empathy without an implication question: true and kind, "
            .. "but the cost of the problem stays unspoken." },
        { id = "wrong_cost",
          text = { "You said it's mostly kitchen jobs that sit open. What does an "
              .. "open line-cook job cost you each month?",
            "Since the kitchen jobs are the ones that stay open longest, I'd "
              .. "start with what an open line-cook job costs you." },
          skills = {},
          state = { trust = -5 },
          reveal = { "cost" },
          reply = "'Housekeeping's the big one,' she says. 'Room attendants.'",
          next = "coo",
          coach = "Processing failed: she said housekeeping is the problem "
            .. "and kitchen is worse; you built your question on the wrong "
            .. "job. She answers, but about the job you should have asked "
            .. "about." },
        { id = "cost_q",
          text = { "While a housekeeping job sits open, what does it cost you?",
            "Every week a housekeeping job sits open costs you something, in "
              .. "overtime or empty rooms. I'd like to know how much.",
            "What does an open housekeeping job cost you?" },
          skills = { listening = 2, problem_solving = 3 },
          state = { trust = 10 },
          reveal = { "cost" },
          next = "coo",
          coach = "A SPIN implication question: you turned a hiring nuisance "
            .. "into a monthly cost she can act on." },
        { id = "save_thousands",
          text = { "Our clients save thousands in overtime. Want to see the "
              .. "numbers?",
            "Would it help to see what hotel groups like yours save in "
              .. "overtime once their jobs fill faster?" },
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
          return "Overtime, mostly. My GMs figure each open room-attendant job "
            .. "runs about eighteen hundred a month, and we have forty open "
            .. "today. Our COO asked me last month why labor is over budget."
        end
        return "The GMs cover shifts, people burn out, and our COO asked me last "
          .. "month why labor is over budget."
      end,
      choices = {
        { id = "do_the_math",
          text = { "That adds up fast.",
            "Forty open jobs is a lot of overtime to carry every month, "
              .. "on top of everything else." },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'It does,' she says.",
          next = "reframe",
          coach = "Listening, but you let the COO comment go by. It was the most "
            .. "important thing she said." },
        { id = "show_coo",
          text = { "We could put together an ROI deck for your COO.",
            "Would it help if we built your COO a short business case, so "
              .. "he has the numbers in front of him?" },
          skills = { pushing = 2 },
          state = { trust = -5, patience = -15 },
          reply = "'He gets decks,' she says.",
          next = "reframe",
          coach = "Pushing toward the boss: you offered to sell past her before "
            .. "you knew what she told him." },
        { id = "wrong_coo",
          text = { "Forty open jobs at about eight hundred a month each is around "
              .. "thirty thousand a month. What did your COO say to that?",
            "So about eight hundred a month per open job, forty of them. No "
              .. "wonder your COO is asking questions." },
          skills = {},
          state = { trust = -10 },
          reveal = { "boss" },
          reply = "'Eighteen hundred,' she says. 'It's seventy thousand a "
            .. "month.' A beat. 'I told him I'd have a plan by the Q3 review.'",
          next = "reframe",
          coach = "Processing failed: eighteen hundred became eight hundred, "
            .. "and seventy thousand a month became thirty. Shrinking her "
            .. "number shrinks the reason she has to act." },
        { id = "coo_answer",
          text = { "What did you tell him?",
            "Your COO asked why labor is over budget. I'd like to know what "
              .. "you told him.",
            "And what did you tell your COO?" },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "boss" },
          reply = "'That I'd have a plan for Evander before the Q3 budget "
            .. "review,' she says. 'Which I don't, yet.'",
          next = "reframe",
          coach = "Active listening, sensing stage: you caught the COO's "
            .. "question and asked about it, and found her deadline and who "
            .. "she answers to." },
      },
    },

    ----------------------------------------------------------------------
    -- She blames the market: teach her something.
    ----------------------------------------------------------------------
    reframe = {
      say = "And honestly, I told Evander, our COO, what everyone in my job "
        .. "says: it's the labor market. Every hotel in Georgia is short of "
        .. "housekeepers.",
      choices = {
        { id = "market_probe",
          text = { "What makes you think it's the market rather than something "
              .. "in your own process, like the application itself?",
            "How sure are you that it's the market?" },
          skills = { listening = 1, problem_solving = 1 },
          reply = "'Pretty sure,' she says. 'Everybody says so.'",
          next = "vendor",
          coach = "A fair challenge, asked as a question: she answers with "
            .. "what everybody says, because you gave her nothing new to "
            .. "think with. A reframe teaches; a probe only asks." },
        { id = "insight",
          text = { "It's partly the market. But hotels in the same town, paying "
              .. "the same wage, fill these jobs in a week when applying takes "
              .. "five minutes on a phone. The market is the same; the form "
              .. "isn't.",
            "Same town, same wage, same market: the hotels that fill "
              .. "housekeeping in a week let people apply in five minutes on a "
              .. "phone.",
            "The market's the same for everyone. The thirty-minute form "
              .. "isn't." },
          skills = { listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "She's quiet for a second. 'So it's not the market,' she "
            .. "says. 'It's us.'",
          next = "vendor",
          coach = "A Challenger insight: you reframed 'it's the market' with "
            .. "something she didn't know, built on what she told you about "
            .. "the thirty-minute form. That's a plan she can take to her COO." },
        { id = "agree_market",
          text = { "It really is brutal out there right now. Every hotel group I "
              .. "talk to in Georgia and the Carolinas says exactly the same "
              .. "thing about housekeepers, and honestly, I don't see it "
              .. "changing this year.",
            "You're right, the market is tough on everyone in "
              .. "hospitality." },
          skills = { empathy = 1 },
          reply = "'Right,' she says. 'So.'",
          next = "vendor",
          coach = "Agreeable, not helpful: you confirmed the story that keeps "
            .. "her stuck, and the thirty-minute form drops out of the "
            .. "conversation." },
        { id = "wrong_reframe",
          text = { "So you told Evander it's a shortage of kitchen staff, and he "
              .. "accepted that? I'd want to know what would change his mind "
              .. "before the budget review, because line cooks are a different "
              .. "problem.",
            "If Evander thinks it's the kitchen shortage, then the case "
              .. "to make is about line cooks." },
          skills = {},
          state = { trust = -10 },
          reply = "'Housekeepers,' she says. 'I said housekeepers.'",
          next = "vendor",
          coach = "Processing failed: housekeepers became kitchen staff. "
            .. "Getting her own sentence wrong, a second after she said it, "
            .. "costs more than saying nothing." },
        { id = "market_pitch",
          text = { "That's exactly why hotel groups switch to ShiftHire: the "
              .. "market stops mattering so much when your application takes "
              .. "four minutes on a phone instead of thirty, and Evander would "
              .. "see that in the first month.",
            "Would it help Evander to see how our hotel clients beat the "
              .. "market?" },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -5, patience = -10 },
          reply = "'Maybe,' she says. 'Send it.'",
          next = "vendor",
          coach = "Transactional pushing: the right idea, delivered as a "
            .. "pitch. An insight is about her business; a pitch is about "
            .. "yours." },
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
        { id = "big_upgrade",
          text = { "Honestly, we'd be a big upgrade over TalentDesk.",
            "Would it change anything if you knew how many hotel groups have "
              .. "moved from TalentDesk to us this year?" },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Everybody's an upgrade on the phone,' she says.",
          next = "irritated",
          coach = "Transactional pushing: comparing yourself to her vendor "
            .. "makes her defend the choice she made." },
        { id = "exit_cost",
          text = { "How long is left on your TalentDesk contract, and what would "
              .. "it cost you to get out of it early?",
            "When does the TalentDesk contract end?" },
          skills = { problem_solving = 1 },
          state = { patience = -5 },
          reply = "'Through June,' she says. 'And I just said I'm not "
            .. "switching.'",
          next = "renewal",
          coach = "A qualifying question about switching, one sentence after "
            .. "she said she won't switch: fair to know, wrong to ask now. You "
            .. "skipped what the vendor has done about her problem." },
        { id = "what_tried",
          text = { "That's fair. Nobody wants to switch for the sake of it. Have "
              .. "you raised this with them? What did they say?",
            "That's fair; nobody should switch for the sake of it. I'd "
              .. "want to know what TalentDesk said when you raised it with "
              .. "them.",
            "Fair. Have you raised it with TalentDesk?" },
          skills = { empathy = 1, listening = 2, problem_solving = 2 },
          state = { trust = 10 },
          reveal = { "vendor_gap" },
          next = "renewal",
          coach = "Handling 'we already have a vendor' by exploring it: you "
            .. "respected her choice and asked what the vendor has done about "
            .. "her problem." },
        { id = "headache",
          text = { "I understand. Switching really is a headache.",
            "I understand completely. Switching systems in the middle of a "
              .. "hiring crunch is the last thing anyone needs." },
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
        { id = "window",
          text = { "So there's a window before May to look at options.",
            "That gives you a window before May to look at what else is out "
              .. "there, without any pressure." },
          skills = { listening = 1, problem_solving = 1 },
          next = "recap",
          coach = "Processing, partly: you noticed the date, but jumped to your "
            .. "opportunity instead of asking who else cares." },
        { id = "ask_gm",
          text = { "Which of your GMs feels this the most?",
            "Somewhere there's a GM who feels this more than anyone. I'd like "
              .. "to know who.",
            "Who feels this most among your GMs?" },
          skills = { listening = 2, problem_solving = 2 },
          state = { trust = 5 },
          reveal = { "champion" },
          reply = "'Delphine, in Savannah,' she says at once. 'She's been on me "
            .. "for months. Actually, that's who I'm supposed to be calling.'",
          next = "gm_talk",
          coach = "MEDDIC, champion: you looked for the person inside who feels "
            .. "the problem most and would want to fix it." },
        { id = "wrong_renewal",
          text = { "So it renews on May first unless you give notice by June "
              .. "thirtieth? That gives you a couple of months to decide.",
            "Notice by the end of June, renewal in May: there's a little time, "
              .. "then." },
          skills = {},
          state = { trust = -10 },
          reply = "'Other way round,' she says. 'Notice by May first.' She "
            .. "checks the time.",
          next = "recap",
          coach = "Processing failed: you swapped the two dates, and the one "
            .. "you moved is her deadline. Getting it wrong makes her do the "
            .. "remembering." },
        { id = "give_notice",
          text = { "Then give them notice now and switch to us.",
            "Why not give TalentDesk notice now, so you're free to choose by "
              .. "May?" },
          skills = { pushing = 3 },
          state = { trust = -10, patience = -15 },
          reply = "'I've known you for six minutes,' she says.",
          next = "irritated",
          coach = "Transactional pushing: asking her to fire her vendor on a "
            .. "cold call. The window is real; your ask is far too big." },
      },
    },

    gm_talk = {
      say = "Delphine runs our busiest hotel. She's short six room attendants "
        .. "and covers the front desk herself on weekends.",
      choices = {
        { id = "involve_connie",
          text = { "Then Delphine should have a say in whatever you look at. "
              .. "Would she be up for testing something at her hotel, with you "
              .. "deciding if it's worth more?",
            "Then Delphine should have a say in whatever you look at: a test "
              .. "at her hotel, and you decide whether it goes further.",
            "A test at Delphine's hotel, your decision after." },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'She'd jump at it,' Tamsin says.",
          next = "recap",
          coach = "Problem-solving with empathy: you made the GM who feels the "
            .. "pain a partner, and kept Tamsin in charge of the decision." },
        { id = "poor_connie",
          text = { "That's a lot on one person's shoulders.",
            "Covering the front desk herself every weekend while she's six "
              .. "people short: that's a lot on one person's shoulders." },
          skills = { empathy = 2 },
          reply = "'It is,' she says.",
          next = "recap",
          coach = "Empathy for Delphine, but no next step for her." },
        { id = "wrong_gm",
          text = { "Sixteen room attendants short, and covering the night desk "
              .. "herself? She sounds like the perfect person to test "
              .. "something, and she'd have the most to gain from it.",
            "With sixteen open room attendants and the night desk on her, "
              .. "Delphine would want in on anything that helps." },
          skills = {},
          state = { trust = -10 },
          reply = "'Six,' she says. 'And weekends. But yes, she'd want in.'",
          next = "recap",
          coach = "Processing failed: six became sixteen and weekends became "
            .. "nights. The idea was right; the details told her you weren't "
            .. "quite listening." },
        { id = "call_connie",
          text = { "Maybe I should give Delphine a call directly, then.",
            "Would you mind if I reached out to Delphine directly, since "
              .. "she's the one who feels it most and she could tell me "
              .. "exactly what her hotel needs?" },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'Maybe you should go through me,' she says.",
          next = "recap",
          coach = "Going around her: it turns her ally into your shortcut, and "
            .. "she notices." },
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
        { id = "send_now",
          text = { "I'll send the brochure today, and a price sheet.",
            "I'll send you the brochure today, with a price sheet, a "
              .. "couple of case studies from other hotel groups in the "
              .. "Southeast and a short note on the application drop-off you "
              .. "described, so it's all in one place." },
          skills = { pushing = 1 },
          next = "stalled",
          coach = "Back to the brochure: after all that, you sent her the one "
            .. "thing she already has a drawer full of." },
        { id = "wrong_summary",
          text = { "Let me make sure I've got it: housekeeping jobs sit open for "
              .. "three or four days, applicants drop off a thirty-minute form "
              .. "they fill in at home on a computer, and each open job costs "
              .. "you about eight hundred a month in overtime. Is that right?",
            "Here's what I heard, so you can take it to Evander: jobs sit "
              .. "open for a few days, applicants give up on a long form at "
              .. "home on a desktop, and each open room-attendant job runs you "
              .. "about eight hundred a month." },
          requires = { "vacancy" },
          skills = {},
          state = { trust = -10, patience = -15 },
          reply = "'Weeks. Phones. Eighteen hundred,' she says. 'Close "
            .. "enough, I suppose.' It isn't.",
          next = "price",
          coach = "Processing failed: a summary with three wrong numbers in "
            .. "it, and she spends her last minutes correcting them. A playback "
            .. "is only worth doing if it is right." },
        { id = "summarize",
          text = function(s)
            local line = "Let me make sure I've got it. Housekeeping jobs sit open "
              .. "three or four weeks, more than half of applicants quit a "
              .. "thirty-minute form on their phones, and every open job costs "
              .. "about eighteen hundred a month"
            if s.facts.boss then
              line = line .. ", with Evander waiting on a plan"
            end
            return line .. "."
          end,
          requires = { "vacancy", "dropoff", "cost" },
          unavailable = "Not yet.",
          skills = { listening = 3, problem_solving = 1 },
          state = { trust = 5 },
          next = "payoff",
          coach = "Active listening, processing stage: the whole problem in her "
            .. "words, in one breath, checked with her." },
        { id = "skip_to_next",
          text = { "What would be a sensible next step, from your side?",
            "From your side, what would a sensible next step look like?" },
          skills = { listening = 1 },
          next = "next_step",
          coach = "A fair question, but you skipped playing back what you "
            .. "heard, so she has to do the summing up herself." },
      },
    },

    payoff = {
      say = function(s)
        if s.trust >= 75 then
          return "That's exactly it. You listen better than my last three "
            .. "vendors."
        end
        return "That's about right."
      end,
      choices = {
        { id = "thanks_time",
          text = { "Thanks for giving me more than two minutes.",
            "Thank you for giving me so much more than the two minutes you "
              .. "promised. I know Savannah's been waiting." },
          skills = { empathy = 2 },
          reply = "'Don't make me regret it,' she says, smiling.",
          next = "price",
          coach = "Gracious, but no need-payoff question: she never says what "
            .. "fixing this would be worth to her." },
        { id = "payoff_q",
          text = { "If housekeeping jobs filled in a week instead of a month, what "
              .. "would that change for you and your GMs?",
            "Picture housekeeping jobs filling in a week instead of a month. "
              .. "I'd like to hear what that changes for you.",
            "A week instead of a month: what changes?" },
          skills = { empathy = 1, listening = 1, problem_solving = 3 },
          state = { trust = 5 },
          reply = "'Delphine gets her weekends back,' she says. 'And I walk into "
            .. "the budget review with a plan.'",
          next = "price",
          coach = "A SPIN need-payoff question, now that the problem and its "
            .. "cost are on the table: she says the value out loud, in her own "
            .. "words." },
        { id = "book_demo",
          text = { "Great, so let's book a demo with your whole team.",
            "Would your whole team be free for a demo next week, so "
              .. "everyone from the GMs to Evander sees it at once?" },
          skills = { pushing = 2 },
          state = { trust = -10, patience = -15 },
          reply = "'My whole team,' she repeats. 'Let's not get ahead of "
            .. "ourselves.'",
          next = "price",
          coach = "Transactional pushing: a bigger ask than the call has earned." },
        { id = "gm_payoff",
          text = { "If your GMs never had to cover another weekend shift, what "
              .. "would that be worth to them, and to the guests at their "
              .. "hotels?",
            "What would it be worth to your GMs never to cover a weekend "
              .. "again?" },
          skills = { problem_solving = 1 },
          reply = "'To them? Everything,' she says. 'To the budget review, I'd "
            .. "still need a number.'",
          next = "price",
          coach = "A need-payoff question aimed at the wrong person: the GMs "
            .. "feel it, but Tamsin is the one with a COO and a budget review. "
            .. "Ask what it is worth to the person who decides." },
      },
    },

    ----------------------------------------------------------------------
    -- She asks what it costs: answer plainly.
    ----------------------------------------------------------------------
    price = {
      say = function(s)
        if s.trust >= 70 then
          return "Before you suggest anything: what does ShiftHire actually "
            .. "cost? I'm not walking into Evander's office with a blank."
        end
        return "And what does it cost? Roughly."
      end,
      choices = {
        { id = "price_vague",
          text = { "It depends on the modules and the number of hotels, and "
              .. "there are a few options we'd want to talk through, so let me "
              .. "put together a proper proposal and send it over to you this "
              .. "week.",
            "It really depends on your setup." },
          skills = { listening = 1 },
          reply = "'So, a brochure,' she says.",
          next = "next_step",
          coach = "Evasive: she asked a direct question and you offered to send "
            .. "her the thing she tried to end the call with." },
        { id = "price_dodge",
          text = { "Before we get to price, what would it be worth to you to "
              .. "fill housekeeping in a week?",
            "What number would make it an easy yes for Evander?" },
          skills = { problem_solving = 1 },
          state = { trust = -5, patience = -5 },
          reply = "'I asked you first,' she says.",
          next = "next_step",
          coach = "A need-payoff question used to dodge a plain one: it tells "
            .. "a busy VP the price is something to be managed, not told." },
        { id = "price_plain",
          text = { "Just under four dollars per employee a month: for all "
              .. "fourteen hotels, about $98,000 a year. A two-week test at "
              .. "one hotel costs you nothing.",
            "About $98,000 a year for all fourteen hotels. Against "
              .. "seventy thousand a month in overtime, that's the number I'd "
              .. "give Evander.",
            "About $98,000 a year, all fourteen hotels." },
          skills = { listening = 1, problem_solving = 3 },
          reply = "'Huh. Okay,' she says, writing. 'That's a real number.'",
          next = "next_step",
          coach = "A plain answer to a plain question: the price and the "
            .. "scope, next to the cost she gave you. A buyer with a COO to "
            .. "face needs a number, not a proposal." },
        { id = "price_discount",
          text = { "For fourteen hotels I can take fifteen percent off the list "
              .. "price straight away, which should make the conversation with "
              .. "Evander a lot easier before the budget review.",
            "Would fifteen percent off help with Evander?" },
          skills = { pushing = 2 },
          state = { trust = -5 },
          reply = "'Off what?' she says.",
          next = "next_step",
          coach = "A concession given, not traded (Challenger): a discount "
            .. "nobody asked for, before she even knows the price, buys "
            .. "nothing and makes every number after it look soft." },
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
        { id = "her_pick",
          text = { "What would be most useful to you as a next step?",
            "You know your calendar and your hotels far better than I do. "
              .. "Whatever next step suits you, whether that's a call, a visit "
              .. "or something in writing, I'll fit around it." },
          skills = { empathy = 1, listening = 2 },
          next = function(s)
            if s.trust >= 60 and s.facts.vacancy then return "won_pilot" end
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Listening, but passive: a busy VP hands the next step to her "
            .. "calendar, where it waits." },
        { id = "sign_june",
          text = { "If you sign this month, we can have all fourteen hotels live "
              .. "by June.",
            "Would it help if all fourteen hotels were live by June, so "
              .. "TalentDesk never renews?" },
          skills = { pushing = 3 },
          next = big_ask,
          coach = "Transactional pushing, a hard close on a cold call: she "
            .. "hasn't seen it work once, and you asked for fourteen hotels." },
        { id = "all_hotels",
          text = { "Let's do this properly: all fourteen hotels switched over "
              .. "before your May notice date, so you walk into Evander's "
              .. "budget review with it done, Delphine gets her weekends back, "
              .. "and you never have to renew TalentDesk at all.",
            "The cleanest plan is all fourteen hotels at once, before "
              .. "May, so you walk into the budget review with it done." },
          skills = { problem_solving = 1, pushing = 2 },
          state = { trust = -5 },
          next = big_ask,
          coach = "A plan built from her facts that asks for everything at "
            .. "once: the May date and the budget review are real, but she "
            .. "hasn't seen it work at a single hotel." },
        { id = "brochure_after_all",
          text = { "I'll send the brochure and a case study and follow up next "
              .. "week.",
            "Let me send the brochure and a case study from a hotel group "
              .. "your size, and we'll follow up next week once you've had a "
              .. "chance to read them and talk to Evander." },
          skills = { pushing = 1 },
          next = function(s)
            if s.trust >= 30 then return "stalled" end
            return "lost"
          end,
          coach = "Doing what she asked at the start: after a good call, a "
            .. "brochure gives her nothing to decide." },
        { id = "side_by_side",
          text = function(s)
            local who = s.facts.champion and "Delphine's hotel"
              or "one of your hotels"
            local may = s.facts.vendor_gap
              and ", well before your May notice date" or ""
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
      },
    },
  },

  endings = {
    won_group = {
      say = "Delphine's test fills five room-attendant jobs in nine days. Tamsin "
        .. "takes the numbers to Evander, her COO, gives TalentDesk notice in "
        .. "April, and signs ShiftHire for all fourteen hotels, a month before "
        .. "the budget review.",
      outcome = { result = "won", deal_value = 98000, days_to_close = 35 },
    },
    won_pilot = {
      say = "After two more calls and a month of scheduling, Tamsin agrees to a "
        .. "paid pilot at two hotels. She renews TalentDesk for everyone else, "
        .. "'just for now.'",
      outcome = { result = "won", deal_value = 16000, days_to_close = 75 },
    },
    stalled = {
      say = "The brochure goes out. Tamsin doesn't reply. On June 30, the "
        .. "TalentDesk contract renews for another year.",
      outcome = { result = "stalled" },
    },
    lost = {
      say = "Your follow-up emails go unanswered. Months later, Larkspur's "
        .. "careers page shows a new application from a competitor.",
      outcome = { result = "lost" },
    },
    hung_up = {
      say = "'I have to go,' Tamsin says, and the line goes dead. Your number "
        .. "goes into her 'ignore' list.",
      outcome = { result = "lost" },
    },
  },

  -- The scenario's own tests: `rapport test scenarios/send-me-a-brochure.lua`.
  tests = {
    { name = "permission, one sharp question, an insight and a safe test win the group",
      path = { "permission", "fill_time", "where_lose", "reflect_phone",
               "offer_out", "cost_q", "coo_answer", "insight", "what_tried",
               "ask_gm", "involve_connie", "summarize", "payoff_q",
               "price_plain", "side_by_side" },
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
               "barrel_on", "cost_q", "coo_answer", "insight", "what_tried",
               "ask_gm", "involve_connie", "summarize", "payoff_q",
               "price_plain", "side_by_side" },
      ending = "won_pilot" },
    { name = "a warm call that never asks what it costs wins only a pilot",
      path = { "permission", "how_happy", "fine_probe", "hard_on_hotels",
               "hard_why", "reflect_phone", "offer_out", "gms_tired",
               "do_the_math", "agree_market", "headache", "ask_gm",
               "poor_connie", "skip_to_next", "her_pick" },
      ending = "won_pilot", max = { relationship_quality = 75 } },
    { name = "a summary with the numbers wrong costs the group deal",
      path = { "permission", "fill_time", "where_lose", "reflect_phone",
               "offer_out", "cost_q", "coo_answer", "insight", "what_tried",
               "ask_gm", "involve_connie", "wrong_summary", "price_plain",
               "side_by_side" },
      ending = "won_pilot" },
    { name = "the summary stays locked until the cost of an open job is known",
      path = { "permission", "fill_time", "where_lose", "reflect_phone",
               "offer_out", "gms_tired", "coo_answer", "agree_market",
               "headache", "window" },
      not_offered = { "summarize" }, offered = { "skip_to_next" } },
  },
}
