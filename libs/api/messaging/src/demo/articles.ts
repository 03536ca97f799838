/** The knowledge base every jobcentre starts with (municipality null: shared); each jobcentre adds its own. */
export const STARTER_ARTICLES: Array<{ titleDa: string; titleEn: string; bodyDa: string; bodyEn: string }> = [
  {
    titleDa: 'Joblog: sådan skriver du dine jobansøgninger ind',
    titleEn: 'Joblog: how to log your job applications',
    bodyDa:
      'Din joblog viser jobcentret og din a-kasse, at du søger job. Skriv hver ansøgning ind i joblog, samme uge som du søger: arbejdsgiver, stilling og dato. Du kan også skrive et job ind direkte fra jobannoncen med knappen "Skriv i joblog". Hvis du ikke har skrevet i din joblog i to uger, bliver du bedt om en samtale.',
    bodyEn:
      'Your joblog shows the jobcentre and your unemployment fund that you are looking for work. Log each application in the joblog the week you apply: employer, position and date. You can also log a job straight from the job ad with the button "Log in joblog". If you have not written in your joblog for two weeks, you will be asked to a meeting.',
  },
  {
    titleDa: 'Rådighed: at stå til rådighed for arbejdsmarkedet',
    titleEn: 'Availability: being available for work',
    bodyDa:
      'Når du er ledig, skal du stå til rådighed. Det betyder, at du aktivt søger job, kan tage et job med dags varsel, deltager i samtaler og tilbud, og har dit CV synligt. Søg typisk mindst to job om ugen, medmindre I har aftalt andet. Rejser du væk eller holder ferie, skal du give besked først.',
    bodyEn:
      'While unemployed you must be available for work. That means you actively look for jobs, can start at a day’s notice, attend meetings and offers, and keep your CV visible. Usually apply for at least two jobs a week, unless agreed otherwise. Tell the jobcentre before you travel or go on holiday.',
  },
  {
    titleDa: 'Book, flyt eller aflys en samtale',
    titleEn: 'Book, move or cancel a meeting',
    bodyDa:
      'Under Samtaler kan du booke en samtale med en jobkonsulent, når det passer dig: fremmøde, video eller telefon. Du kan flytte eller aflyse en samtale indtil 24 timer før. Skal du ændre den senere, så skriv til jobcentret under Beskeder. Husk, at udeblivelse kan få betydning for din ydelse.',
    bodyEn:
      'Under Meetings you can book a meeting with a caseworker when it suits you: in person, video or phone. You can move or cancel a meeting up to 24 hours before. To change it later, write to the jobcentre under Messages. Remember that not turning up can affect your benefits.',
  },
  {
    titleDa: 'Dagpenge og kontanthjælp: udbetaling',
    titleEn: 'Unemployment benefits and cash benefits: payment',
    bodyDa:
      'Dagpenge udbetales af din a-kasse, kontanthjælp af kommunen. Udbetalingen sker bagud for en måned ad gangen. Har du spørgsmål om beløb eller udbetalingsdato for dagpenge, så kontakt din a-kasse. For kontanthjælp kan du skrive til jobcentret.',
    bodyEn:
      'Unemployment benefits (dagpenge) are paid by your unemployment fund, cash benefits (kontanthjælp) by the municipality. Payment is made in arrears, one month at a time. For questions about amounts or payment dates of dagpenge, contact your unemployment fund. For cash benefits, write to the jobcentre.',
  },
  {
    titleDa: 'Ferie og sygdom, mens du er ledig',
    titleEn: 'Holiday and sickness while unemployed',
    bodyDa:
      'Du skal melde ferie, før du holder den, og du står ikke til rådighed i ferien. Bliver du syg, skal du melde dig syg første sygedag, og raskmelde dig, når du er rask igen. Sygdom kan betyde, at en samtale eller et tilbud flyttes.',
    bodyEn:
      'Report holiday before you take it; you are not available for work while on holiday. If you fall ill, report sick on the first day of sickness and report back when you are well. Sickness can mean a meeting or an offer is moved.',
  },
  {
    titleDa: 'Log ind med MitID og brug Jobunivers',
    titleEn: 'Sign in with MitID and use Jobunivers',
    bodyDa:
      'Du logger ind med MitID. På Overblik ser du, hvad du skal gøre nu, din næste samtale og job, der passer til dig. Du kan få push-beskeder på telefonen: slå dem til under Indstillinger. Jobunivers virker på telefon, tablet og computer.',
    bodyEn:
      'You sign in with MitID. The Overview shows what to do now, your next meeting and jobs that fit you. You can get push messages on your phone: turn them on under Settings. Jobunivers works on phone, tablet and computer.',
  },
  {
    titleDa: 'CV og profil: sådan bliver du fundet af arbejdsgivere',
    titleEn: 'CV and profile: how employers find you',
    bodyDa:
      'Udfyld din profil med jobønsker, kompetencer, uddannelse og erhvervserfaring. Jo bedre din profil er, jo bedre job foreslår vi dig, og vi viser hvorfor jobbet passer. Vælg også hvor langt du vil pendle, og om du søger fuldtid eller deltid.',
    bodyEn:
      'Fill in your profile with wished occupations, skills, education and work experience. The better your profile, the better the jobs we suggest, and we show why each job fits. Also choose how far you will commute and whether you look for full-time or part-time work.',
  },
  {
    titleDa: 'Kurser og tilbud: sammensæt dit forløb',
    titleEn: 'Courses and offers: compose your plan',
    bodyDa:
      'Under Mit forløb vælger du selv kurser og tilbud – fx et kursus i Excel, et sprogkursus eller et kursus i jobsøgning – virtuelt eller med fremmøde. Nogle tilbud kræver godkendelse af jobcentret; så søger du, og du får svar i Jobunivers. Er et hold fuldt, kommer du på venteliste.',
    bodyEn:
      'Under My plan you choose courses and offers yourself – e.g. an Excel course, a language course or a course in job hunting – online or in person. Some offers need the jobcentre’s approval; then you apply and get the answer in Jobunivers. If a class is full, you join the waiting list.',
  },
];
