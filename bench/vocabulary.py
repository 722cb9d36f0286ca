"""Fixed word lists and names the corpus generator draws from.

Real Swedish and English words, so the generated text is stemmable by the
search index and by Python-Markdown's toc slugs like real prose is. Function
words are listed separately so the generator can make them more frequent, as
in real text. Nothing here is random; :mod:`bench.corpus` does the drawing.
"""

from __future__ import annotations

SWEDISH_FUNCTION_WORDS = """
och i att det som en på är av för med till den har de inte om ett men var
sig så vi från kan man när år hur mycket också alla efter under mellan genom
vid där andra mer sedan nu bara eller utan både därför även redan inom mot
""".split()

SWEDISH_CONTENT_WORDS = """
samverkan samordning förbund kommun kommuner region myndighet myndigheter
arbetsförmedlingen försäkringskassan deltagare deltagarna insats insatser
projekt projektet process processen metod metoder arbetssätt uppdrag
utvärdering utvärderingen resultat erfarenhet erfarenheter lärdomar kunskap
implementering förankring styrning ledning ledningsgrupp styrgrupp mandat
ansvar finansiering budget medel ansökan beslut plan strategi mål syfte
rehabilitering arbete sysselsättning praktik utbildning studier vägledning
stöd behov förutsättningar hinder möjligheter delaktighet inflytande
ungdomar unga vuxna individ individen familj nätverk grupp grupper möte
möten träff workshop seminarium konferens dialog samtal intervju enkät
handläggare samordnare coach chef chefer politiker tjänstemän personal
verksamhet verksamheter förvaltning socialtjänst hälsa vård psykiatri
länet länets kommunens regionens landet staden orten bygden
tid början slutet hösten våren sommaren vintern veckan månaden året
fråga frågor svar exempel modell verktyg rapport sammanfattning översikt
utveckla utvecklar utvecklade arbeta arbetar arbetade samverka samverkar
leda leder ledde stödja stödjer stödde följa följer följde mäta mäter mätte
skapa skapar skapade bygga bygger byggde pröva prövar prövade lära lär lärde
beskriva beskriver beskrev visa visar visade träffa träffar träffades
behöva behöver behövde vilja vill ville kunna kunde börja började fortsätta
fortsätter fortsatte avsluta avslutar avslutade genomföra genomför genomförde
gemensam gemensamma tydlig tydliga viktig viktiga ny nya stor stora liten
små långsiktig långsiktiga hållbar hållbara lokal lokala regional regionala
nationell nationella konkret konkreta praktisk praktiska svår svåra enkel
enkla god goda bättre bästa första andra tredje flera många olika samma
egen egna öppen öppna aktiv aktiva trygg trygga snabb snabba
tillsammans ofta sällan tidigt sent gärna tydligt särskilt främst
framför allt ungefär nästan helt delvis fortfarande äntligen
""".split()

ENGLISH_FUNCTION_WORDS = """
the and of to in a is that for it as with was on are by this be from at or
an have not but they which more also when all after between through where
other than then now only both so even already within against how much
""".split()

ENGLISH_CONTENT_WORDS = """
coordination association municipality municipalities region agency agencies
employment insurance participant participants effort efforts project
process method methods approach assignment evaluation result results
experience lessons knowledge implementation ownership governance management
steering group mandate responsibility funding budget application decision
plan strategy goal purpose rehabilitation work occupation internship training
studies guidance support needs conditions barriers opportunities
participation influence young people adults individual family network groups
meeting meetings workshop seminar conference dialogue conversation interview
survey officer coordinator coach manager managers politicians officials
staff service services administration social health care psychiatry county
city town country time beginning end autumn spring summer winter week month
year question questions answer example model tool report summary overview
develop develops developed work works worked cooperate cooperates lead leads
led support supports supported follow follows followed measure measures
measured create creates created build builds built try tries tried learn
learns learned describe describes described show shows showed meet meets met
need needs needed want wants wanted begin began continue continues continued
complete completes completed carry carried shared clear important new large
small lasting sustainable local regional national concrete practical hard
simple good better best first second third several many different same own
open active safe quick together often rarely early late gladly clearly
especially mainly above roughly almost entirely partly still finally
""".split()

#: Forty tags as a site would have them: Swedish name and English label.
TAGS = {
    "samverkan": "coordination",
    "implementering": "implementation",
    "ungas delaktighet": "youth participation",
    "utvärdering": "evaluation",
    "processtöd": "process support",
    "utbildning": "training",
    "en dörr in": "one door in",
    "arbetsallians": "working alliance",
    "finansiering": "funding",
    "esf": "ESF",
    "arbetsmarknad": "labour market",
    "rehabilitering": "rehabilitation",
    "psykisk hälsa": "mental health",
    "unga vuxna": "young adults",
    "nyanlända": "newly arrived",
    "ledarskap": "leadership",
    "värdskap": "host leadership",
    "styrning": "governance",
    "kartläggning": "assessment",
    "metodutveckling": "method development",
    "kommuner": "municipalities",
    "regioner": "regions",
    "försäkringskassan": "social insurance agency",
    "arbetsförmedlingen": "public employment service",
    "socialtjänst": "social services",
    "vården": "health care",
    "skolan": "school",
    "föräldrar": "parents",
    "nätverk": "networks",
    "konferens": "conference",
    "seminarium": "seminar",
    "rapport": "report",
    "forskning": "research",
    "statistik": "statistics",
    "digitalisering": "digitalisation",
    "landsbygd": "rural areas",
    "jämställdhet": "gender equality",
    "tillgänglighet": "accessibility",
    "kommunikation": "communication",
    "hållbarhet": "sustainability",
}

#: Eight authors: id -> (name, Swedish role, English role).
AUTHORS = {
    "a1": ("Anna Berg", "processledare", "process facilitator"),
    "a2": ("Erik Holm", "redaktör", "editor"),
    "a3": ("Sara Lund", "utvärderare", "evaluator"),
    "a4": ("Jonas Ek", "utbildare", "trainer"),
    "a5": ("Maria Nord", "projektledare", "project manager"),
    "a6": ("Ahmed Karimi", "samordnare", "coordinator"),
    "a7": ("Lena Strand", "kommunikatör", "communications officer"),
    "a8": ("Per Viklund", "verksamhetschef", "head of operations"),
}

#: Twenty methods: Swedish title, English title (slugs are derived from the Swedish).
METHODS = [
    ("Open Space", "Open Space"),
    ("Värdskap", "Host leadership"),
    ("Samverkansanalys", "Coordination analysis"),
    ("Motiverande samtal", "Motivational interviewing"),
    ("Supported employment", "Supported employment"),
    ("Individuell plan", "Individual plan"),
    ("Lösningsfokuserat arbete", "Solution-focused work"),
    ("Framtidsverkstad", "Future workshop"),
    ("Uppskattande intervju", "Appreciative inquiry"),
    ("Programteori", "Programme theory"),
    ("Effektkedja", "Impact chain"),
    ("Nätverksmöte", "Network meeting"),
    ("Arbetsallians", "Working alliance"),
    ("Stegmodellen", "The step model"),
    ("Gemensam kartläggning", "Joint assessment"),
    ("Gruppvägledning", "Group guidance"),
    ("Mentorskap", "Mentoring"),
    ("Fokusgrupp", "Focus group"),
    ("Verksamhetslogik", "Logic model"),
    ("En dörr in", "One door in"),
]

#: Regions and some of their municipalities, for references.
REGIONS = {
    "Dalarna": ["Borlänge", "Falun", "Ludvika", "Mora", "Avesta", "Leksand"],
    "Stockholm": ["Södertälje", "Huddinge", "Botkyrka", "Nacka", "Solna"],
    "Västra Götaland": ["Göteborg", "Borås", "Trollhättan", "Skövde", "Uddevalla"],
    "Skåne": ["Malmö", "Helsingborg", "Lund", "Kristianstad", "Ystad"],
    "Norrbotten": ["Luleå", "Piteå", "Kiruna", "Boden", "Gällivare"],
}

CLIENTS = [
    "Region Dalarna",
    "Samordningsförbundet Centrala Dalarna",
    "Samordningsförbundet Södertälje",
    "Samordningsförbundet Göteborg Hisingen",
    "Samordningsförbundet Malmö",
    "Region Norrbotten",
    "Länsstyrelsen Skåne",
    "Ungdomsstyrelsen",
]

FUNDING = ["ESF", "ESF+", "Samordningsförbundet", "Region", "Ungdomsstyrelsen", "Kommunen"]

ROLES = ["processtöd", "utvärdering", "utbildning", "projektledning"]
