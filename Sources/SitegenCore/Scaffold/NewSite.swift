import Foundation

/// The files `sitegen init` writes: a site that builds at once, with no warnings.
public enum NewSite {
    /// Relative path and contents of every file, the theme's first.
    public static func files(today: Date) -> [(path: String, data: Data)] {
        let zone = TimeZone(identifier: "Europe/Stockholm")!
        let day = SwedishDateFormatter(timeZone: zone).components(today)
        let date = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
        var files = DefaultTheme.files.map { ($0.path, $0.data) }
        files.append(("site.yml", Data(siteYML.utf8)))
        files.append(("content/\(date.prefix(4))/valkommen.md", Data(exampleArticle(date: date).utf8)))
        files.append((".gitignore", Data(gitignore.utf8)))
        files.append((".github/workflows/sitegen.yml", Data(workflow.utf8)))
        return files
    }

    /// A folder `init` may write into: missing, empty, or holding only a `.git` (a freshly
    /// cloned, empty repository).
    public static func isEmptyEnough(_ folder: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return !FileManager.default.fileExists(atPath: folder.path)
        }
        return names.allSatisfy { $0 == ".git" }
    }

    static let gitignore = """
        # Byggd av sitegen build; publiceras, men versionshanteras inte.
        site/
        # sitegens tillstånd mellan byggen (t.ex. next-change.json).
        .sitegen/

        """

    static func exampleArticle(date: String) -> String {
        """
        ---
        title: Välkommen till den nya nyhetssajten
        date: \(date)
        kind: projekt
        regions: [Stockholm]
        tags: [Digitalisering]
        summary: Ett exempel på en artikel. Ändra den eller ta bort den när du skrivit den första riktiga.
        ---

        Det här är en exempelartikel. Varje artikel är en Markdown-fil i `content/` med ett huvud
        av fakta mellan raderna `---`: rubrik, datum, typ, regioner och ämnen.

        ## Så skriver du en ny artikel

        Kör `sitegen new projekt "Rubriken"` i webbplatsens mapp. Då skapas filen med huvudet
        ifyllt, och `sitegen build` säger vad som återstår att fylla i.

        """
    }

    /// A minimal but real site.yml: the five kinds of article sitegen is made for and Sweden's
    /// 21 län, each with the names writers use for it.
    static let siteYML = """
        # Webbplatsens inställningar. Se README för alla fält.
        title: Industrinytt
        description: Nyheter om industrin i regionerna.
        # Adressen där webbplatsen publiceras (ändra till er egen).
        base_url: https://nyheter.example.se/
        language: sv
        time_zone: Europe/Stockholm

        # Artikeltyperna: key skrivs i artikelns kind:, schema är typen för sökmotorer.
        kinds:
          - key: projekt
            singular: Projektberättelse
            plural: Projektberättelser
            segment: projekt
            schema: NewsArticle
          - key: motesrapport
            singular: Mötesrapport
            plural: Mötesrapporter
            segment: motesrapporter
            schema: Event
          - key: krisstod
            singular: Krisstödsmeddelande
            plural: Krisstödsmeddelanden
            segment: krisstod
            aliases: [krisstöd]
            schema: SpecialAnnouncement
          - key: rapport
            singular: Rapport
            plural: Rapporter
            segment: rapporter
            schema: Report
          - key: intervju
            singular: Intervju
            plural: Intervjuer
            segment: intervjuer
            schema: NewsArticle

        # Regionerna som artiklarnas regions: väljer bland: de 21 länen. Lägg till kommuner med
        # parent: <län>, så visas deras artiklar också på länets sida.
        regions:
          - name: Stockholm
            aliases: [Stockholms län, Region Stockholm]
          - name: Uppsala
            aliases: [Uppsala län, Region Uppsala]
          - name: Södermanland
            aliases: [Södermanlands län, Region Sörmland, Sörmland]
          - name: Östergötland
            aliases: [Östergötlands län, Region Östergötland]
          - name: Jönköping
            aliases: [Jönköpings län, Region Jönköpings län]
          - name: Kronoberg
            aliases: [Kronobergs län, Region Kronoberg]
          - name: Kalmar
            aliases: [Kalmar län, Region Kalmar län]
          - name: Gotland
            aliases: [Gotlands län, Region Gotland]
          - name: Blekinge
            aliases: [Blekinge län, Region Blekinge]
          - name: Skåne
            aliases: [Skåne län, Region Skåne]
          - name: Halland
            aliases: [Hallands län, Region Halland]
          - name: Västra Götaland
            aliases: [Västra Götalands län, Västra Götalandsregionen, Region Västra Götaland, VGR]
          - name: Värmland
            aliases: [Värmlands län, Region Värmland]
          - name: Örebro
            aliases: [Örebro län, Region Örebro län]
          - name: Västmanland
            aliases: [Västmanlands län, Region Västmanland]
          - name: Dalarna
            aliases: [Dalarnas län, Region Dalarna]
          - name: Gävleborg
            aliases: [Gävleborgs län, Region Gävleborg]
          - name: Västernorrland
            aliases: [Västernorrlands län, Region Västernorrland]
          - name: Jämtland Härjedalen
            aliases: [Jämtlands län, Region Jämtland Härjedalen, Jämtland, Härjedalen]
          - name: Västerbotten
            aliases: [Västerbottens län, Region Västerbotten]
          - name: Norrbotten
            aliases: [Norrbottens län, Region Norrbotten]

        """

    /// GitHub Actions: builds sitegen from its source and the site with it, then publishes
    /// `site/` on GitHub Pages. The site's repository does not hold sitegen, so the workflow
    /// fetches it from the repository named in the variable SITEGEN_REPOSITORY and stops with a
    /// message saying so when the variable is not set.
    static let workflow = """
        # Bygger webbplatsen med sitegen och publicerar site/ på GitHub Pages.
        #
        # Före första körningen:
        # 1. Settings -> Secrets and variables -> Actions -> Variables: lägg till SITEGEN_REPOSITORY
        #    med förrådet där sitegen finns (t.ex. organisation/sitegen), och gärna SITEGEN_REF
        #    med en tagg eller gren (annars main).
        # 2. Settings -> Pages -> Source: GitHub Actions.
        name: Bygg och publicera

        on:
          push:
            branches: [main]
          # Varje morgon, så att artiklar med publish_date eller expiry_date publiceras och tas bort
          # utan att någon behöver ändra något.
          schedule:
            - cron: "15 4 * * *"
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-24.04
            container: swift:6.1
            steps:
              - name: Kontrollera att SITEGEN_REPOSITORY är satt
                if: ${{ vars.SITEGEN_REPOSITORY == '' }}
                run: |
                  echo "::error::Sätt variabeln SITEGEN_REPOSITORY (Settings -> Secrets and variables -> Actions -> Variables) till förrådet där sitegen finns, t.ex. organisation/sitegen."
                  exit 1
              - uses: actions/checkout@v4
              - name: Hämta sitegen
                uses: actions/checkout@v4
                with:
                  repository: ${{ vars.SITEGEN_REPOSITORY }}
                  ref: ${{ vars.SITEGEN_REF || 'main' }}
                  path: .sitegen-src
              - name: Installera cmark-gfm
                run: apt-get update && apt-get install -y libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config
              - name: Bygg sitegen
                run: swift build -c release --package-path .sitegen-src --product sitegen
              - name: Bygg webbplatsen
                run: .sitegen-src/.build/release/sitegen build
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: site

          deploy:
            needs: build
            runs-on: ubuntu-24.04
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
}
