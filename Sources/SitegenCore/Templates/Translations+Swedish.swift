/// The text of `templates/i18n/sv.yml` as shipped; `TranslationTests` checks the two are equal.
let builtInSwedish = #"""
# The words of the default theme in Swedish. Templates read them as {{t.key}}; {name} is filled
# in by sitegen. A translation into another language has the same keys (see en.yml).
months: [januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december]
dateFormat: "{day} {month} {year}"
decimalSeparator: ","
# Swedish groups thousands with a (no-break) space, and four-digit numbers not at all: 2500, 10 000.
thousandsSeparator: "\u00A0"
groupFourDigits: "no"

navStart: Start
navRegions: Regioner
navTags: Ämnen
tagsHeading: Ämnen
tagsIntro: Alla ämnen som artiklarna handlar om, i bokstavsordning.
regionsHeading: Regioner
regionsIntro: Nyheter från Sveriges regioner, i bokstavsordning.
archiveHeading: Arkiv
archiveIntro: Alla artiklar, år för år.
labelTag: Ämne
labelRegion: Region
labelKind: Typ
labelArchive: Arkiv
descriptionTag: "Artiklar om {name} från {site}."
descriptionRegion: "Nyheter om industrin i {name}."
descriptionKind: "{name} från {site}."
descriptionArchive: "Artiklar från {name} i {site}."
pageOf: "Sida {page} av {pages}"
titlePage: "{title}, sida {page}"
articlesOne: "1 artikel"
articlesOther: "{count} artiklar"
readingTime: "{minutes} min läsning"
wordsOne: "1 ord"
wordsOther: "{count} ord"
moreFrom: "Mer från {region}"
allFrom: "Alla artiklar från {region}"
contactsOne: Presskontakt
contactsOther: Presskontakter
notFoundTitle: Sidan kunde inte hittas
movedTitle: Sidan har flyttat
movedText: Sidan har flyttat till
fileImage: Bild
fileOther: Fil
bytes: byte
expiredNotice: "Informationen gällde till {date} och kan ha ändrats sedan dess."

# Used by the templates of the default theme ({{t.key}}).
skipToContent: Hoppa till innehållet
mainMenu: Huvudmeny
footer: Sidfot
homePage: Startsida
toHome: Till startsidan
allTags: Alla ämnen
allRegions: Alla regioner
accessibilityStatement: Tillgänglighetsredogörelse
publishedBy: Ges ut av
latestNews: Senaste nyheterna
showAll: Visa alla
browse: Bläddra
subscribe: Prenumerera (RSS)
articlesHeading: Artiklar
articleContext: Artikelns typ och regioner
published: Publicerad
updated: Uppdaterad
readingTimeLabel: Lästid
author: Text
organisation: Organisation
expiredLabel: Inaktuell.
contents: Innehåll
attachments: Bilagor
download: Ladda ner
email: "E-post:"
phone: "Telefon:"
relatedArticles: Relaterade artiklar
moreArticles: Fler artiklar
previousArticle: Föregående artikel
nextArticle: Nästa artikel
pagination: Sidnumrering
previous: Föregående
next: Nästa
pageWord: sida
pageWordCapital: Sida
errorCode404: Felkod 404
notFoundText: Sidan du letar efter finns inte, eller så har den flyttats eller tagits bort. Kontrollera adressen, eller fortsätt till någon av sidorna nedan.

# The search page (templates/search.mustache, static/js/sok.js); {count}, {query}, {what},
# {within}, {filters}, {shown} and {total} are filled in by the page's script.
search: Sök
searchSite: Sök på
searchPlaceholder: Sök artiklar
searchIntro: "Sök bland {count} från {site}."
searchNoScript: "Sökningen behöver JavaScript, som är avstängt i din webbläsare. Alla artiklar finns också via:"
searchWords: Sökord
searchTip: "Du kan skriva utan å, ä och ö: ”orebro” hittar också Örebro."
searchAllKinds: Alla typer
searchResults: Träffar
searchMoreButton: Visa fler träffar
searchSearching: Söker …
searchHitOne: 1 träff
searchHits: "{count} träffar"
searchForQuery: " för ”{query}”"
searchNone: "Inga träffar{what}{within}. Prova färre eller andra ord{filters}."
searchNoneFilters: ", eller ta bort filtren"
searchMore: "Visa fler ({shown} av {total})"
searchFailed: Sökningen kunde inte laddas. Kontrollera anslutningen och försök igen.
searchLocale: sv-SE

"""#
