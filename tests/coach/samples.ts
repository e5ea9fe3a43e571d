/** Recommendations written for these tests in several real-world styles, strong and weak. */
export const STRONG = {
  managerOfReport:
    'I managed Priya for three years on the payments team at Northwind. She rebuilt our reconciliation service from scratch, which cut failed payouts by 40% and ended the weekly firefights. She is patient with new engineers and turned two interns into full-time hires. I would hire her again without hesitation.',
  reportAboutManager:
    'Marco was my manager at Fabrikam from 2019 to 2022. He gave every one of us a clear goal each quarter and then got out of the way, which is rarer than it sounds. When our launch slipped, he took the heat with leadership and rebuilt the plan with us in two days. Under his guidance I grew from junior analyst to leading my own projects. Any team would be lucky to have him as a leader.',
  peerShort:
    'I worked alongside Tom on the mobile app at Contoso. He has a knack for turning vague product ideas into simple screens, and his redesign of the checkout flow lifted conversion by 12%. I recommend him for any product design role.',
  client:
    'We hired Lena\'s studio to relaunch our online shop in 2023. She ran the discovery workshops herself, translated our messy requirements into a clear roadmap and shipped the new store two weeks ahead of schedule. Online sales grew 30% in the first quarter after launch. If you have the chance to work with Lena, take it.',
  teacher:
    'I taught Sam in my data science course at the university last year. He asked the sharpest questions in the class and often explained tricky statistics to classmates during lab sessions. His final project, a model that predicted bus delays for the city, was adopted by the transit office. I am confident he will excel in any analytics team.',
  narrative:
    'I had the pleasure of working with Aisha for nearly five years at Globex, first as peers and later as her manager. Aisha joined a support team that was drowning in tickets and quietly started writing down the answers everyone kept asking for. That notebook became our help centre, and within a year ticket volume had dropped by half while satisfaction scores rose to 94%. She trained every new hire on it and kept it alive long after the project ended. Beyond the numbers, she is the colleague people go to when something is on fire, because she stays calm and finds the next step. I recommend Aisha without reservation for any operations or customer experience leadership role.',
  warmButSpecific:
    'I worked with Ben at Initech for two years, where he led the migration of our billing system to the cloud. He is a great person and a wonderful teammate, and his careful planning meant we moved 2 million customer records with zero downtime. He also mentored three junior developers who are now senior engineers. I highly recommend Ben.',
  bullets:
    'I managed Chen at Tailspin from 2020 to 2023. Highlights of her work:\n- Designed our first design system, now used by 6 product teams\n- Cut page load time by 35% on the storefront\n- Mentored four junior designers\nI would work with her again in a heartbeat.',
  sales:
    "I've had the privilege of managing Carla for the last two years. Carla consistently exceeded her quota, finishing 2023 at 142% of target, and she did it by building real relationships with buyers rather than pushing discounts. She also onboarded three new reps and shared her playbook with the whole team. Carla is a top performer and I'd be thrilled to work with her again.",
  nurse:
    "I worked with Grace on the cardiac ward at St. Luke's for four years. Grace is the nurse you want on a hard night shift: calm, quick and kind to frightened families. She trained our new graduates on the telemetry system and wrote the handover checklist we still use. Any hospital would be fortunate to have her.",
  upwardMentor:
    'Professor Lee was my thesis advisor at MIT. His guidance on experimental design taught me how to ask better questions, and our paper on sensor drift was accepted at its first submission. I recommend him to any student lucky enough to study under him.',
};

export const WEAK = {
  onlyPraise: 'John is a great guy and a hard worker. Highly recommend!',
  adjectives: 'Smart, reliable, creative, hardworking.',
  fluff:
    'I worked with Sarah at Acme. She is an amazing person and a true team player. She is very talented and always willing to help. I highly recommend her.',
  noImpact:
    'I worked with Dave on the analytics team at Umbrella for two years. He writes clean SQL and explains his dashboards clearly to non-technical colleagues. He is also very organised. I recommend him for any data role.',
  casual: 'Kate is awesome lol 😂 she totally crushed it on every project we did together, gonna miss her!!',
  jargon:
    'Raj is a results-driven go-getter who leverages synergies across teams and always thinks outside the box. A true rockstar. I highly recommend him.',
  generic:
    'Tom is a hard-working and dedicated individual who always gives 100%. He is a great team player with excellent communication skills. I would highly recommend Tom to any future employer.',
  extraMile:
    'Mike is one of the most talented people I know. He is always willing to go the extra mile and is a true professional. Any company would be lucky to have him!',
  private:
    'I managed Elena at Vandelay for two years. Even during her divorce and her cancer treatment she never missed a deadline, and she led our vendor negotiations that saved 15% on logistics. I recommend her.',
};
