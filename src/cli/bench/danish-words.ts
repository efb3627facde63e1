/**
 * Danish words for generated benchmark vaults: the language of a leader in elder care writing about
 * her day. Function words come first (the most frequent words of any Danish text); content words are
 * given as stems with their inflections, so the generated text has several thousand distinct word
 * forms, as real journal notes do.
 */

/** The most frequent Danish words, roughly in frequency order. */
export const FUNCTION_WORDS = `
og i at det er en til på som de med for ikke der har af jeg var den et om vi hun han kan men så
skal også vil eller blev efter have ved hvor når fra over kun sig mig hende ham os dem man hvad
hvis meget lidt mere mest nu her da bare selv alle andre anden andet noget nogen ingen hver
hele helt godt sin sit sine min mit mine vores deres hendes hans dens dets jeres din dit dine
under mellem uden mod gennem omkring inden efter før siden igen altid aldrig ofte tit sjældent
måske nok jo vel dog endnu allerede stadig snart lige netop især ret temmelig ganske næsten
hvorfor hvordan hvem hvilken hvilket hvilke hvornår fordi selvom mens indtil sådan således
derfor dermed derefter desuden imidlertid alligevel samtidig bagefter først sidst senere tidligere
i dag i går i morgen ud ind op ned hjem hjemme frem tilbage væk sammen alene blandt hos bag foran
ja nej tak bliver blive været være havde får fik gør gjorde går gik kommer kom siger sagde ser så
tager tog giver gav står stod ligger lå sidder sad må måtte kunne ville skulle burde turde
`;

/** Nouns of elder care and leadership: [singular, definite, plural] given as stem plus endings. */
export const NOUNS = `
borger:en:e beboer:en:e medarbejder:en:e leder:en:e kollega:en:er pårørende:: datter:en:
søn:nen:ner ægtefælle:n:r hustru:en:er mand:en: sygeplejerske:n:r assistent:en:er hjælper:en:e
sosu-assistent:en:er sosu-hjælper:en:e elev:en:er vikar:en:er nattevagt:en:er aftenvagt:en:er dagvagt:en:er
team:et:s gruppe:n:r afdeling:en:er plejehjem:met: hjemmepleje:n: plejecenter:et:e enhed:en:er
kommune:n:r forvaltning:en:er direktør:en:er chef:en:er tillidsrepræsentant:en:er arbejdsmiljørepræsentant:en:er
terapeut:en:er fysioterapeut:en:er ergoterapeut:en:er læge:n:r demenskoordinator:en:er diætist:en:er
præst:en:er frivillig:en:e køkken:et:er pedel:len:ler rengøring:en:
møde:t:r samtale:n:r konference:n:r overlevering:en:er tavlemøde:t:r personalemøde:t:r teammøde:t:r
supervision:en:er sparring:en: refleksion:en:er dagbog:en:dagbøger notat:et:er dokumentation:en:
journal:en:er plan:en:er handleplan:en:er døgnrytmeplan:en:er besked:en:er mail:en:s telefon:en:er
pleje:n: omsorg:en: trivsel:en: mistrivsel:en: værdighed:en: selvbestemmelse:n: livskvalitet:en:
tryghed:en: utryghed:en: ro:en: uro:en: angst:en: vrede:n: sorg:en:er glæde:n:r humor:en: latter:en:
demens:en: sygdom:men:me smerte:n:r medicin:en: søvn:en: ernæring:en: vægt:en: fald:et: sår:et:
bad:et: måltid:et:er morgenmad:en: frokost:en: aftensmad:en: kaffe:n: gåtur:en:e aktivitet:en:er
have:n:r stue:n:r værelse:t:r gang:en:e fællesrum:met: bolig:en:er seng:en:e stol:en:e dør:en:e
vindue:t:r nat:ten:nætter morgen:en:morgener aften:en:er weekend:en:er uge:n:r måned:en:er år:et:
dag:en:e time:n:r minut:tet:ter tid:en:er periode:n:r vagt:en:er skema:et:er vagtplan:en:er
opgave:n:r kerneopgave:n:r ansvar:et: rolle:n:r funktion:en:er kompetence:n:r viden:: erfaring:en:er
faglighed:en: fagidentitet:en: fagsprog:et: sprog:et: ord:et: tone:n:r stemning:en:er kultur:en:er
arbejdsfællesskab:et:er fællesskab:et:er tillid:en: respekt:en: anerkendelse:n:r feedback:en:
afmagt:en: forråelse:n: belastning:en:er travlhed:en: stress:en: sygefravær:et: fravær:et:
rekruttering:en: fastholdelse:n: introduktion:en:er oplæring:en: kursus:et:kurser uddannelse:n:r
observation:en:er hypotese:n:r behov:et: følelse:n:r tanke:n:r handling:en:er intention:en:er
adfærd:en: reaktion:en:er udbrud:det: konflikt:en:er episode:n:r hændelse:n:r situation:en:er
perspektiv:et:er perspektivskifte:t:r skøn:net: vurdering:en:er beslutning:en:er aftale:n:r
mål:et: indsats:en:er forandring:en:er udvikling:en: kvalitet:en:er metode:n:r redskab:et:er
spørgsmål:et: svar:et: eksempel:eksemplet:eksempler forslag:et: ide:en:er erkendelse:n:r
biografi:en:er personlighed:en:er helbred:et: kognition:en: socialpsykologi:en: identitet:en:er
tilknytning:en: beskæftigelse:n: inklusion:en: trøst:en: kærlighed:en: autonomi:en: tilhørsforhold:et:
organisation:en:er ledelse:n: organisering:en: struktur:en:er system:et:er proces:sen:ser
budget:tet:ter økonomi:en: ressource:n:r normering:en:er bemanding:en: vikardækning:en:
tilsyn:et: klage:n:r henvendelse:n:r sag:en:er borgerforløb:et: indlæggelse:n:r udskrivelse:n:r
hospital:et:er akutteam:et:s visitation:en:er genoptræning:en: hjælpemiddel:hjælpemidlet:hjælpemidler lift:en:e
kørestol:en:e rollator:en:er vasketøj:et: tøj:et: sko:en: briller:ne: høreapparat:et:er
hukommelse:n: forvirring:en: tryghedsvagt:en:er nærvær:et: kontakt:en:er berøring:en:er musik:ken:
sang:en:e fødselsdag:en:e jul:en: påske:n: sommer:en:somre vinter:en:vintre forår:et: efterår:et:
blomst:en:er kop:pen:per bord:et:e billede:t:r avis:en:er radio:en:er fjernsyn:et:
`;

/** Verbs as infinitive:present:past. */
export const VERBS = `
arbejde:arbejder:arbejdede tale:taler:talte snakke:snakker:snakkede spørge:spørger:spurgte
svare:svarer:svarede lytte:lytter:lyttede observere:observerer:observerede iagttage:iagttager:iagttog
reflektere:reflekterer:reflekterede vurdere:vurderer:vurderede beslutte:beslutter:besluttede
aftale:aftaler:aftalte planlægge:planlægger:planlagde følge:følger:fulgte hjælpe:hjælper:hjalp
støtte:støtter:støttede guide:guider:guidede lede:leder:ledede facilitere:faciliterer:faciliterede
dokumentere:dokumenterer:dokumenterede læse:læser:læste skrive:skriver:skrev notere:noterer:noterede
prøve:prøver:prøvede forsøge:forsøger:forsøgte lykkes:lykkes:lykkedes mærke:mærker:mærkede
opleve:oplever:oplevede føle:føler:følte tænke:tænker:tænkte tro:tror:troede vide:ved:vidste
huske:husker:huskede glemme:glemmer:glemte forstå:forstår:forstod misforstå:misforstår:misforstod
forklare:forklarer:forklarede fortælle:fortæller:fortalte beskrive:beskriver:beskrev nævne:nævner:nævnte
berolige:beroliger:beroligede trøste:trøster:trøstede afvise:afviser:afviste acceptere:accepterer:accepterede
skælde:skælder:skældte råbe:råber:råbte græde:græder:græd grine:griner:grinede smile:smiler:smilede
sove:sover:sov spise:spiser:spiste drikke:drikker:drak vaske:vasker:vaskede klæde:klæder:klædte
gå:går:gik løfte:løfter:løftede flytte:flytter:flyttede vende:vender:vendte falde:falder:faldt
ringe:ringer:ringede skrive:skriver:skrev sende:sender:sendte modtage:modtager:modtog
ændre:ændrer:ændrede justere:justerer:justerede udvikle:udvikler:udviklede styrke:styrker:styrkede
anerkende:anerkender:anerkendte rose:roser:roste kritisere:kritiserer:kritiserede udfordre:udfordrer:udfordrede
undre:undrer:undrede overveje:overvejer:overvejede prioritere:prioriterer:prioriterede vælge:vælger:valgte
stoppe:stopper:stoppede begynde:begynder:begyndte fortsætte:fortsætter:fortsatte afslutte:afslutter:afsluttede
mødes:mødes:mødtes samarbejde:samarbejder:samarbejdede dele:deler:delte lære:lærer:lærte
undervise:underviser:underviste oplære:oplærer:oplærte introducere:introducerer:introducerede
bemærke:bemærker:bemærkede opdage:opdager:opdagede se:ser:så høre:hører:hørte
holde:holder:holdt lade:lader:lod sætte:sætter:satte stille:stiller:stillede lægge:lægger:lagde
bruge:bruger:brugte mangle:mangler:manglede behøve:behøver:behøvede ønske:ønsker:ønskede
håbe:håber:håbede frygte:frygter:frygtede bekymre:bekymrer:bekymrede glæde:glæder:glædede
skabe:skaber:skabte give:giver:gav tage:tager:tog få:får:fik finde:finder:fandt
vise:viser:viste pege:peger:pegede sige:siger:sagde mene:mener:mente synes:synes:syntes
handle:handler:handlede reagere:reagerer:reagerede regulere:regulerer:regulerede skærme:skærmer:skærmede
inddrage:inddrager:inddrog involvere:involverer:involverede respektere:respekterer:respekterede
tilpasse:tilpasser:tilpassede forebygge:forebygger:forebyggede evaluere:evaluerer:evaluerede
`;

/** Adjectives as base:neuter:plural/definite. */
export const ADJECTIVES = `
god:godt:gode dårlig:dårligt:dårlige svær:svært:svære let:let:lette tung:tungt:tunge
travl:travlt:travle rolig:roligt:rolige urolig:uroligt:urolige tryg:trygt:trygge utryg:utrygt:utrygge
glad:glad:glade ked:ked:kede vred:vredt:vrede træt:træt:trætte sur:surt:sure venlig:venligt:venlige
faglig:fagligt:faglige professionel:professionelt:professionelle personlig:personligt:personlige
værdig:værdigt:værdige personcentreret:personcentreret:personcentrerede psykologisk:psykologisk:psykologiske
social:socialt:sociale fysisk:fysisk:fysiske kognitiv:kognitivt:kognitive daglig:dagligt:daglige
ny:nyt:nye gammel:gammelt:gamle ung:ungt:unge ældre:ældre:ældre lang:langt:lange kort:kort:korte
stor:stort:store lille:lille:små vigtig:vigtigt:vigtige væsentlig:væsentligt:væsentlige
tydelig:tydeligt:tydelige uklar:uklart:uklare konkret:konkret:konkrete fælles:fælles:fælles
åben:åbent:åbne lukket:lukket:lukkede nysgerrig:nysgerrigt:nysgerrige tålmodig:tålmodigt:tålmodige
usikker:usikkert:usikre sikker:sikkert:sikre bekymret:bekymret:bekymrede stolt:stolt:stolte
meningsfuld:meningsfuldt:meningsfulde magtesløs:magtesløst:magtesløse kompetent:kompetent:kompetente
erfaren:erfarent:erfarne uerfaren:uerfarent:uerfarne nyansat:nyansat:nyansatte syg:sygt:syge
rask:rask:raske sårbar:sårbart:sårbare stille:stille:stille højlydt:højlydt:højlydte
forvirret:forvirret:forvirrede ængstelig:ængsteligt:ængstelige aggressiv:aggressivt:aggressive
positiv:positivt:positive negativ:negativt:negative hård:hårdt:hårde blød:blødt:bløde
varm:varmt:varme kold:koldt:kolde rar:rart:rare hyggelig:hyggeligt:hyggelige
respektfuld:respektfuldt:respektfulde anerkendende:anerkendende:anerkendende kritisk:kritisk:kritiske
systematisk:systematisk:systematiske tværfaglig:tværfagligt:tværfaglige ugentlig:ugentligt:ugentlige
`;

/** Adverbs and other frequent content words that do not inflect. */
export const ADVERBS = `
heldigvis desværre faktisk egentlig tydeligvis formentlig sandsynligvis muligvis forhåbentlig
gradvist langsomt hurtigt roligt stille forsigtigt grundigt kortvarigt løbende efterhånden
sammen indimellem somme_tider hver_dag hver_uge i_eftermiddag i_aften i_nat i_morges
stærkt svagt tæt langt nær fagligt menneskeligt systematisk konkret ærligt åbent
`;

/** First names used for staff and for pseudonymised citizens in generated text. */
export const NAMES = `
Anne Birthe Bente Camilla Dorte Eva Frida Gitte Hanne Helle Inge Jette Karen Kirsten Lene Lis
Maja Mette Nina Pia Rikke Sanne Susanne Tina Ulla Vibeke Ahmed Bo Carsten Erik Frank Henrik Jens
Jørgen Kim Lars Mads Niels Ole Peter Søren Thomas Yusuf Fatima Amina Zeynep Mohammed
`;

/** First parts of compound nouns (Danish writes compounds as one word: `borgersamtale`). */
export const COMPOUND_HEADS = `
borger medarbejder leder pleje demens nat dag aften team arbejds trivsels omsorgs personale
beboer pårørende sygepleje kvalitets udviklings ledelses afdelings fag
`;

/** Last parts of compound nouns, with their definite and plural endings as in `NOUNS`. */
export const COMPOUND_TAILS = `
møde:t:r samtale:n:r plan:en:er gruppe:n:r indsats:en:er forløb:et: kultur:en:er opgave:n:r
situation:en:er vagt:en:er perspektiv:et:er ansvar:et: sprog:et: fællesskab:et:er konference:n:r
refleksion:en:er dokumentation:en: observation:en:er aftale:n:r besøg:et: rutine:n:r
`;
