<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AppCreator</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 finnes allerede og er ikke en mappe</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder</source>
        <translation>Mappen %1 er ikke tom; velg en ny eller tom mappe</translation>
    </message>
    <message>
        <source>The bundled files are missing from this build</source>
        <translation>Filene som skal følge med programmet, mangler i denne versjonen</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not valid: use lowercase letters, digits and dashes (for example &quot;ttd&quot;)</source>
        <translation>Organisasjonen &quot;%1&quot; er ikke gyldig: bruk små bokstaver, sifre og bindestreker (for eksempel &quot;ttd&quot;)</translation>
    </message>
    <message>
        <source>The app name &quot;%1&quot; is not valid: 3 to 30 lowercase letters, digits and dashes, starting with a letter and not ending with a dash</source>
        <translation>Appnavnet &quot;%1&quot; er ikke gyldig: 3 til 30 små bokstaver, sifre og bindestreker, som starter med en bokstav og ikke slutter med bindestrek</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 er ikke en mappe</translation>
    </message>
    <message>
        <source>%1 is not an Altinn app repository: it has no App folder</source>
        <translation>%1 er ikke et repo for en Altinn-app: det finnes ingen App-mappe</translation>
    </message>
    <message>
        <source>The App folder in %1 cannot be read</source>
        <translation>App-mappen i %1 kan ikke leses</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (linje %1, kolonne %2)</translation>
    </message>
    <message>
        <source>The %1 file cannot be read%2: %3. It is kept as it is and cannot be edited until it is fixed.</source>
        <translation>Filen (%1) kan ikke leses%2: %3. Den blir ikke endret og kan ikke redigeres før feilen er rettet.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <source>%1 is not saved: it could not be read</source>
        <translation>%1 er ikke lagret: filen kunne ikke leses</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was opened. Choose whether to keep your version or take the one on disk.</source>
        <translation>%1 ble endret av et annet program etter at filen ble åpnet. Velg om du vil beholde din versjon eller bruke den som ligger på disken.</translation>
    </message>
    <message>
        <source>%1 is not written: it could not be read (%2)</source>
        <translation>%1 ble ikke skrevet: filen kunne ikke leses (%2)</translation>
    </message>
</context>
<context>
    <name>AppVersion</name>
    <message>
        <source>v%1 (frontend %2)</source>
        <translation>v%1 (frontend %2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpeteksten.</translation>
    </message>
    <message>
        <source>see --help</source>
        <translation>se --help</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli %1</source>
        <translation>Bruk: altinn-designer-cli %1</translation>
    </message>
    <message>
        <source>APP_DIR is missing (see --help)</source>
        <translation>APP_DIR mangler (se --help)</translation>
    </message>
    <message>
        <source>Only one APP_DIR is expected, got %1</source>
        <translation>Forventet bare én APP_DIR, men fikk %1</translation>
    </message>
    <message>
        <source>Cannot load the app: %1</source>
        <translation>Kan ikke laste inn appen: %1</translation>
    </message>
    <message>
        <source>The app repository (the folder that holds App/).</source>
        <translation>Repoet til appen (mappen som inneholder App/).</translation>
    </message>
    <message>
        <source>Loads every file the designer understands and writes each one back through the designer&apos;s own save path. An app that was not changed stays byte for byte the same.</source>
        <translation>Laster inn alle filer Altinn Designer forstår, og skriver hver av dem tilbake slik Altinn Designer selv lagrer dem. En app som ikke er endret, forblir helt lik, byte for byte.</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be written</source>
        <translation>%1 av %2 filer kunne ikke skrives</translation>
    </message>
    <message>
        <source>Wrote %1 files.</source>
        <translation>Skrev %1 filer.</translation>
    </message>
    <message>
        <source>Print the findings as a JSON array.</source>
        <translation>Skriv ut funnene som en JSON-liste.</translation>
    </message>
    <message>
        <source>Checks the app and prints one finding per line: SEVERITY FILE POINTER MESSAGE (FILE relative to APP_DIR, &quot;-&quot; where there is none). Exits with 0 when there are no errors, 1 when there are, 2 when the app cannot be loaded.</source>
        <translation>Kontrollerer appen og skriver ut ett funn per linje: SEVERITY FILE POINTER MESSAGE (FILE relativt til APP_DIR, &quot;-&quot; der det ikke er noen fil). Avslutter med 0 når det ikke er noen feil, 1 når det er feil, og 2 når appen ikke kan lastes inn.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 feil, %2 advarsler</translation>
    </message>
    <message>
        <source>The folder to create (must not exist or be empty).</source>
        <translation>Mappen som skal opprettes (kan ikke finnes fra før, eller må være tom).</translation>
    </message>
    <message>
        <source>The service owner&apos;s organisation code, e.g. ttd.</source>
        <translation>Organisasjonskoden til tjenesteeieren, f.eks. ttd.</translation>
    </message>
    <message>
        <source>The app (repository) name, e.g. my-app.</source>
        <translation>Navnet på appen (repoet), f.eks. my-app.</translation>
    </message>
    <message>
        <source>Create a v8 app (layout-sets.json) instead of the current version.</source>
        <translation>Opprett en v8-app (layout-sets.json) i stedet for gjeldende versjon.</translation>
    </message>
    <message>
        <source>Creates a new, complete app from the bundled template: metadata, one layout set with one page, texts in nb, nn and en, a process with one data task, access rules, a data model and a .gitignore.</source>
        <translation>Oppretter en ny, komplett app fra den innebygde malen: metadata, én sidegruppe med én side, tekster på nb, nn og en, en prosess med én utfyllingsoppgave, tilgangsregler, en datamodell og en .gitignore-fil.</translation>
    </message>
    <message>
        <source>--org and --app are required (see --help)</source>
        <translation>--org og --app må oppgis (se --help)</translation>
    </message>
    <message>
        <source>Created %1 (%2/%3) in %4.</source>
        <translation>Opprettet %1-app (%2/%3) i %4.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help)</source>
        <translation>Ukjent kommando &quot;%1&quot; (se --help)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The XSD to import.</source>
        <translation>XSD-en som skal importeres.</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name without .xsd).</source>
        <translation>Navnet på modellen (standard: filnavnet uten .xsd).</translation>
    </message>
    <message>
        <source>Point this layout set (which has no data type yet) at the model.</source>
        <translation>La denne sidegruppen (som ikke har noen datatype ennå) bruke modellen.</translation>
    </message>
    <message>
        <source>Imports an XSD into an app as Altinn Studio does: the XSD is kept as App/models/NAME.xsd, NAME.schema.json and NAME.cs are written, and the data type is added to applicationmetadata.json.</source>
        <translation>Importerer en XSD i en app slik Altinn Studio gjør: XSD-en lagres som App/models/NAME.xsd, NAME.schema.json og NAME.cs skrives, og datatypen legges til i applicationmetadata.json.</translation>
    </message>
    <message>
        <source>APP_DIR and FILE.xsd are expected (see --help)</source>
        <translation>APP_DIR og FILE.xsd må oppgis (se --help)</translation>
    </message>
    <message>
        <source>Imported the data model %1 (root class %2) into %3.</source>
        <translation>Importerte datamodellen %1 (rotklasse %2) til %3.</translation>
    </message>
    <message>
        <source>%1: the input must be an .xsd or a .json / .schema.json file</source>
        <translation>%1: inndatafilen må være en .xsd-fil eller en .json-/.schema.json-fil</translation>
    </message>
    <message>
        <source>An .xsd, or a .json / .schema.json JSON Schema.</source>
        <translation>En .xsd-fil, eller et JSON Schema i en .json-/.schema.json-fil.</translation>
    </message>
    <message>
        <source>What to write: json-schema, xsd or csharp.</source>
        <translation>Hva som skal skrives ut: json-schema, xsd eller csharp.</translation>
    </message>
    <message>
        <source>Converts a data model and writes the result on standard output.</source>
        <translation>Konverterer en datamodell og skriver resultatet til standard utdata.</translation>
    </message>
    <message>
        <source>FILE is missing (see --help)</source>
        <translation>FILE mangler (se --help)</translation>
    </message>
    <message>
        <source>--to must be json-schema, xsd or csharp</source>
        <translation>--to må være json-schema, xsd eller csharp</translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation>Kan ikke skrive til standard utdata</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli model import APP_DIR FILE.xsd [--name NAME] [--layout-set SET]
       altinn-designer-cli model convert FILE --to json-schema|xsd|csharp
</source>
        <translation>Bruk: altinn-designer-cli model import APP_DIR FILE.xsd [--name NAME] [--layout-set SET]
      altinn-designer-cli model convert FILE --to json-schema|xsd|csharp
</translation>
    </message>
    <message>
        <source>Unknown model command &quot;%1&quot; (see model --help)</source>
        <translation>Ukjent model-kommando &quot;%1&quot; (se model --help)</translation>
    </message>
    <message>
        <source>List the types offered to this app (by its frontend version).</source>
        <translation>List opp typene som er tilgjengelige for denne appen (ut fra frontend-versjonen).</translation>
    </message>
    <message>
        <source>List the types offered to apps of this frontend major version (3, 4 or 9).</source>
        <translation>List opp typene som er tilgjengelige for apper med denne hovedversjonen av frontend (3, 4 eller 9).</translation>
    </message>
    <message>
        <source>Prints the component types the form builder offers, one per line, in the order of its palette: by category (text, form fields, attachments, buttons, groups, media, summary, signing and payment, advanced), then alphabetically. Without --app or --frontend: the newest frontend.</source>
        <translation>Skriver ut komponenttypene som skjemaredigeringen tilbyr, én per linje, i samme rekkefølge som i komponentpaletten: etter kategori (tekst, skjemafelt, vedlegg, knapper, grupper, media, oppsummering, signering og betaling, avansert), deretter alfabetisk. Uten --app eller --frontend: den nyeste frontenden.</translation>
    </message>
    <message>
        <source>--frontend must be a frontend major version such as 3, 4 or 9</source>
        <translation>--frontend må være en hovedversjon av frontend, for eksempel 3, 4 eller 9</translation>
    </message>
    <message>
        <source>The app has no layout set &quot;%1&quot; (it has: %2)</source>
        <translation>Appen har ingen sidegruppe &quot;%1&quot; (sidegrupper som finnes: %2)</translation>
    </message>
    <message>
        <source>The app has several layout sets; choose one with --set (%1)</source>
        <translation>Appen har flere sidegrupper; velg én med --set (%1)</translation>
    </message>
    <message>
        <source>%1 expects KEY=VALUE, got &quot;%2&quot;</source>
        <translation>%1 forventer KEY=VALUE, men fikk &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no data-model bindings</source>
        <translation>%1 har ingen knytninger til datamodellen</translation>
    </message>
    <message>
        <source>%1 has no binding &quot;%2&quot; (it has: %3)</source>
        <translation>%1 har ingen knytning &quot;%2&quot; (knytninger som finnes: %3)</translation>
    </message>
    <message>
        <source>%1 has no texts</source>
        <translation>%1 har ingen tekster</translation>
    </message>
    <message>
        <source>%1 has no text &quot;%2&quot; (it has: %3)</source>
        <translation>%1 har ingen tekst &quot;%2&quot; (tekster som finnes: %3)</translation>
    </message>
    <message>
        <source>Components cannot be added to &quot;%1&quot; from the command line yet.</source>
        <translation>Komponenter kan ikke legges til i &quot;%1&quot; fra kommandolinjen ennå.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>The layout set %1 has no page &quot;%2&quot; (it has: %3)</source>
        <translation>Sidegruppen %1 har ingen side &quot;%2&quot; (sider som finnes: %3)</translation>
    </message>
    <message>
        <source>%1 is made by the app itself and cannot be added by hand</source>
        <translation>%1 lages av appen selv og kan ikke legges til manuelt</translation>
    </message>
    <message>
        <source>%1 is not available in this app&apos;s frontend (%2); see &quot;layout types --app&quot;</source>
        <translation>%1 er ikke tilgjengelig i frontenden til denne appen (%2); se &quot;layout types --app&quot;</translation>
    </message>
    <message>
        <source>Note: the designer does not know the type %1; it is added with only its id and type.</source>
        <translation>Merk: Altinn Designer kjenner ikke typen %1; komponenten legges til med bare id og type.</translation>
    </message>
    <message>
        <source>The page %1 has no component &quot;%2&quot;</source>
        <translation>Siden %1 har ingen komponent &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added %1 (%2) to %3.</source>
        <translation>La til %1 (%2) i %3.</translation>
    </message>
    <message>
        <source>The layout set (UI folder); may be left out when the app has only one.</source>
        <translation>Sidegruppen (UI-mappen); kan utelates når appen bare har én.</translation>
    </message>
    <message>
        <source>The page to add the component to.</source>
        <translation>Siden komponenten skal legges til på.</translation>
    </message>
    <message>
        <source>The component type (see &quot;layout types&quot;).</source>
        <translation>Komponenttypen (se &quot;layout types&quot;).</translation>
    </message>
    <message>
        <source>The new component&apos;s id (default: TYPE-xxxxxx).</source>
        <translation>Id-en til den nye komponenten (standard: TYPE-xxxxxx).</translation>
    </message>
    <message>
        <source>A container on the page to put the component in.</source>
        <translation>En beholder på siden som komponenten skal plasseres i.</translation>
    </message>
    <message>
        <source>The position among its siblings, from 0 (default: last).</source>
        <translation>Plasseringen blant komponentene på samme nivå, fra 0 (standard: sist).</translation>
    </message>
    <message>
        <source>A data-model binding, e.g. simpleBinding=person.name (repeatable).</source>
        <translation>En knytning til datamodellen, f.eks. simpleBinding=person.name (kan gjentas).</translation>
    </message>
    <message>
        <source>A text binding, e.g. title=person.name.label (repeatable).</source>
        <translation>En tekstknytning, f.eks. title=person.name.label (kan gjentas).</translation>
    </message>
    <message>
        <source>Adds a component with everything the layout schema requires (bindings the command line does not give are left empty for the form builder to fill in), through the same edit as the designer. Bindings are written as {&quot;field&quot;, &quot;dataType&quot;} in apps of frontend 9 and as a path before. In Tabs and Cards the component goes into the last tab or card, in a Grid into a new row. Exits with 0 when it was added, 1 when it was refused, 2 for bad arguments or an app that cannot be loaded.</source>
        <translation>Legger til en komponent med alt som JSON Schema for sider krever (knytninger som ikke oppgis på kommandolinjen, blir stående tomme og kan fylles ut i skjemaredigeringen), med den samme redigeringen som Altinn Designer bruker. Knytninger skrives som {&quot;field&quot;, &quot;dataType&quot;} i apper med frontend 9 og som en sti i tidligere versjoner. I Tabs og Cards havner komponenten i den siste fanen eller det siste kortet, i en Grid i en ny rad. Avslutter med 0 når komponenten ble lagt til, 1 når den ble avvist, og 2 ved ugyldige argumenter eller når appen ikke kan lastes inn.</translation>
    </message>
    <message>
        <source>--page and --type are required (see --help)</source>
        <translation>--page og --type må oppgis (se --help)</translation>
    </message>
    <message>
        <source>--index must be a whole number from 0</source>
        <translation>--index må være et heltall fra og med 0</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli layout types [--app APP_DIR | --frontend N]
       altinn-designer-cli layout add-component APP_DIR [--set SET] --page PAGE --type TYPE [--id ID]
                          [--parent ID] [--index N] [--bind KEY=PATH]... [--text KEY=TEXTKEY]...
       altinn-designer-cli layout add-page APP_DIR [--set SET] --page PAGE [--index N]
</source>
        <translation>Bruk: altinn-designer-cli layout types [--app APP_DIR | --frontend N]
      altinn-designer-cli layout add-component APP_DIR [--set SET] --page PAGE --type TYPE [--id ID]
                         [--parent ID] [--index N] [--bind KEY=PATH]... [--text KEY=TEXTKEY]...
      altinn-designer-cli layout add-page APP_DIR [--set SET] --page PAGE [--index N]
</translation>
    </message>
    <message>
        <source>Unknown layout command &quot;%1&quot; (see layout --help)</source>
        <translation>Ukjent layout-kommando &quot;%1&quot; (se layout --help)</translation>
    </message>
    <message>
        <source>(the name comes from the file&apos;s name; choose another with --name NAME)</source>
        <translation>(navnet kommer fra filnavnet; velg et annet med --name NAME)</translation>
    </message>
    <message>
        <source>The layout set (UI folder) to add the page to; may be left out when the app has only one.</source>
        <translation>Sidegruppen (UI-mappen) siden skal legges til i; kan utelates når appen bare har én.</translation>
    </message>
    <message>
        <source>The name of the new page (letters, digits, &quot;_&quot; and &quot;-&quot;).</source>
        <translation>Navnet på den nye siden (bokstaver, sifre, &quot;_&quot; og &quot;-&quot;).</translation>
    </message>
    <message>
        <source>Where the page goes in the page order, from 0 (default: last).</source>
        <translation>Hvor siden skal stå i siderekkefølgen, fra 0 (standard: sist).</translation>
    </message>
    <message>
        <source>Adds an empty page to a layout set: the page file and its entry in the set&apos;s page order (Settings.json).</source>
        <translation>Legger til en tom side i en sidegruppe: sidefilen og oppføringen i siderekkefølgen til sidegruppen (Settings.json).</translation>
    </message>
    <message>
        <source>--page is missing (see --help)</source>
        <translation>--page mangler (se --help)</translation>
    </message>
    <message>
        <source>Added the page %1 to %2 (%3).</source>
        <translation>La til siden %1 i %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is missing (see --help)</source>
        <translation>%1 mangler (se --help)</translation>
    </message>
    <message>
        <source>Too many arguments: expected %1 (see --help)</source>
        <translation>For mange argumenter: forventet %1 (se --help)</translation>
    </message>
    <message>
        <source>The app has no language &quot;%1&quot; (it has: %2); add it with &quot;texts add-language&quot;</source>
        <translation>Appen har ikke språket &quot;%1&quot; (språk som finnes: %2); legg det til med &quot;texts add-language&quot;</translation>
    </message>
    <message>
        <source>The language, e.g. nb.</source>
        <translation>Språket, f.eks. nb.</translation>
    </message>
    <message>
        <source>The text key.</source>
        <translation>Tekstnøkkelen.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Teksten.</translation>
    </message>
    <message>
        <source>Sets the text of a key in one language. A key the app does not have yet is added to every language (empty in the others). A VALUE that starts with &quot;-&quot; goes after &quot;--&quot;.</source>
        <translation>Legger inn teksten for en nøkkel på ett språk. En nøkkel som appen ikke har ennå, legges til på alle språk (tom på de andre språkene). En VALUE som starter med &quot;-&quot;, skrives etter &quot;--&quot;.</translation>
    </message>
    <message>
        <source>%1 already has this text in %2; nothing changed.</source>
        <translation>%1 har allerede denne teksten på %2; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Added the key %1 with its text in %2.</source>
        <translation>La til nøkkelen %1 med tekst på %2.</translation>
    </message>
    <message>
        <source>Set the text of %1 (%2)</source>
        <translation>Endre teksten for %1 (%2)</translation>
    </message>
    <message>
        <source>Set the text of %1 in %2.</source>
        <translation>Endret teksten for %1 på %2.</translation>
    </message>
    <message>
        <source>The key to rename.</source>
        <translation>Nøkkelen som skal endres.</translation>
    </message>
    <message>
        <source>The new key.</source>
        <translation>Den nye nøkkelen.</translation>
    </message>
    <message>
        <source>Renames a text key in every language and every place of the app that names it (pages of all layout sets, code lists, Settings.json, the footer, the metadata title, the process, expressions), as one change. C# code that names the key is not changed; it is listed after the result.</source>
        <translation>Endrer en tekstnøkkel på alle språk og alle steder i appen som viser til den (sider i alle sidegrupper, kodelister, Settings.json, bunnteksten, tittelen i metadataene, prosessen, uttrykk), som én endring. C#-kode som viser til nøkkelen, blir ikke endret, men listes opp etter resultatet.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 in %3 files.</source>
        <translation>Endret %1 til %2 i %3 filer.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>The key to delete.</source>
        <translation>Nøkkelen som skal slettes.</translation>
    </message>
    <message>
        <source>Delete the key even where the app still uses it (the places are left as they are).</source>
        <translation>Slett nøkkelen også der appen fortsatt bruker den (disse stedene blir stående som de er).</translation>
    </message>
    <message>
        <source>Deletes a text key from every language. Refused while a place of the app names the key (the places are listed), unless --force is given.</source>
        <translation>Sletter en tekstnøkkel fra alle språk. Blir avvist så lenge et sted i appen viser til nøkkelen (stedene listes opp), med mindre --force er oppgitt.</translation>
    </message>
    <message>
        <source>Deleted %1 from %2 files.</source>
        <translation>Slettet %1 fra %2 filer.</translation>
    </message>
    <message>
        <source>The ISO 639-1 code of the new language, e.g. en.</source>
        <translation>ISO 639-1-koden for det nye språket, f.eks. en.</translation>
    </message>
    <message>
        <source>Copy every text of this language into the new one.</source>
        <translation>Kopier alle tekstene på dette språket til det nye.</translation>
    </message>
    <message>
        <source>Adds the text file of a language, written like the app&apos;s other text files. With --from it starts as a copy of that language&apos;s texts (to translate); without, it has no texts.</source>
        <translation>Legger til tekstfilen for et språk, skrevet på samme måte som de andre tekstfilene i appen. Med --from starter den som en kopi av tekstene på det språket (til oversettelse); uten --from har den ingen tekster.</translation>
    </message>
    <message>
        <source>Added the language %1 with %2 texts from %3.</source>
        <translation>La til språket %1 med %2 tekster fra %3.</translation>
    </message>
    <message>
        <source>Added the language %1.</source>
        <translation>La til språket %1.</translation>
    </message>
    <message>
        <source>%1 keys in %2 languages; source language %3</source>
        <translation>%1 nøkler på %2 språk; kildespråk %3</translation>
    </message>
    <message>
        <source>%1: %2 missing, %3 empty</source>
        <translation>%1: %2 mangler, %3 tomme</translation>
    </message>
    <message>
        <source>, %1 untranslated</source>
        <translation>, %1 ikke oversatt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomme</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>ikke oversatt</translation>
    </message>
    <message>
        <source>Unused keys: %1</source>
        <translation>Ubrukte nøkler: %1</translation>
    </message>
    <message>
        <source>Print the coverage as JSON.</source>
        <translation>Skriv ut dekningen som JSON.</translation>
    </message>
    <message>
        <source>The language others are compared with for &quot;untranslated&quot; (default: nb, else the first).</source>
        <translation>Språket de andre språkene sammenlignes med for å finne tekster som ikke er oversatt (standard: nb, ellers det første).</translation>
    </message>
    <message>
        <source>Prints, per language, the keys that are missing (another language has them), empty, or untranslated (the same text as the source language), and the keys no place of the app uses. JSON: {&quot;languages&quot;: {LANG: {&quot;missing&quot;, &quot;empty&quot;, &quot;untranslated&quot;}}, &quot;unused&quot;, &quot;sourceLanguage&quot;, &quot;pages&quot;}.</source>
        <translation>Skriver ut, per språk, nøklene som mangler (et annet språk har dem), er tomme eller ikke er oversatt (samme tekst som på kildespråket), og nøklene som ikke brukes noe sted i appen. JSON: {&quot;languages&quot;: {LANG: {&quot;missing&quot;, &quot;empty&quot;, &quot;untranslated&quot;}}, &quot;unused&quot;, &quot;sourceLanguage&quot;, &quot;pages&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code such as nb, nn or en</source>
        <translation>&quot;%1&quot; er ikke en ISO 639-1-språkkode som nb, nn eller en</translation>
    </message>
    <message>
        <source>The app has no texts</source>
        <translation>Appen har ingen tekster</translation>
    </message>
    <message>
        <source>The app has only the language %1; name the target language with --target</source>
        <translation>Appen har bare språket %1; oppgi målspråket med --target</translation>
    </message>
    <message>
        <source>The source and target languages are both %1</source>
        <translation>Både kildespråket og målspråket er %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 texts to %2.</source>
        <translation>Skrev %1 tekster til %2.</translation>
    </message>
    <message>
        <source>xliff (XLIFF 2.0) or csv.</source>
        <translation>xliff (XLIFF 2.0) eller csv.</translation>
    </message>
    <message>
        <source>XLIFF: the source language (default: nb, else the first). CSV: a column.</source>
        <translation>XLIFF: kildespråket (standard: nb, ellers det første). CSV: en kolonne.</translation>
    </message>
    <message>
        <source>XLIFF: the target language (default: the first other language; may be one the app lacks). CSV: a column.</source>
        <translation>XLIFF: målspråket (standard: det første andre språket; kan være et språk appen ikke har). CSV: en kolonne.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Skriv til denne filen i stedet for til standard utdata.</translation>
    </message>
    <message>
        <source>Writes the texts for translators. XLIFF 2.0: one unit per key with the source and target texts and notes on where the text is used. CSV (UTF-8, comma-separated): a column per language, every language unless --source or --target name the columns.</source>
        <translation>Skriver ut tekstene til oversettere. XLIFF 2.0: én enhet (unit) per nøkkel med kilde- og måltekst og merknader om hvor teksten brukes. CSV (UTF-8, kommaseparert): én kolonne per språk, alle språk med mindre --source eller --target velger kolonnene.</translation>
    </message>
    <message>
        <source>--format must be xliff or csv</source>
        <translation>--format må være xliff eller csv</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(mangler)</translation>
    </message>
    <message numerus="yes">
        <source>Note: the source text of %n key(s) changed since the file was made: %1</source>
        <translation>
            <numerusform>Merk: kildeteksten for %n nøkkel er endret siden filen ble laget: %1</numerusform>
            <numerusform>Merk: kildeteksten for %n nøkler er endret siden filen ble laget: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An XLIFF 2.0 or CSV file.</source>
        <translation>En XLIFF 2.0- eller CSV-fil.</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>Bare skriv ut hva som ville blitt endret.</translation>
    </message>
    <message>
        <source>Import even when the file has keys the app does not have (those are skipped).</source>
        <translation>Importer også når filen har nøkler som appen ikke har (de hoppes over).</translation>
    </message>
    <message>
        <source>Imports translated texts from an XLIFF 2.0 file (the &lt;target&gt; of each unit) or a CSV file (header key,LANG...), as one change. Prints each change, then a summary. Empty cells and targets change nothing; languages the app lacks are added. A file with keys the app does not have is refused unless --skip-unknown is given.</source>
        <translation>Importerer oversatte tekster fra en XLIFF 2.0-fil (&lt;target&gt; i hver unit) eller en CSV-fil (overskriftsrad key,LANG...), som én endring. Skriver ut hver endring og deretter et sammendrag. Tomme celler og target-elementer endrer ingenting; språk som appen mangler, legges til. En fil med nøkler som appen ikke har, blir avvist med mindre --skip-unknown er oppgitt.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Filen finnes ikke: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n key(s) the app does not have: %1. Nothing was imported; use --skip-unknown to import the other texts.</source>
        <translation>
            <numerusform>Filen har %n nøkkel som appen ikke har: %1. Ingenting ble importert; bruk --skip-unknown for å importere de andre tekstene.</numerusform>
            <numerusform>Filen har %n nøkler som appen ikke har: %1. Ingenting ble importert; bruk --skip-unknown for å importere de andre tekstene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1</source>
        <translation>Prøvekjøring, ingenting er endret: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Importerte %1: %2</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli texts set APP_DIR LANG KEY VALUE
       altinn-designer-cli texts rename APP_DIR OLD NEW
       altinn-designer-cli texts delete APP_DIR KEY [--force]
       altinn-designer-cli texts add-language APP_DIR LANG [--from LANG]
       altinn-designer-cli texts coverage APP_DIR [--json] [--source LANG]
       altinn-designer-cli texts export APP_DIR --format xliff|csv [--source LANG] [--target LANG] [--output FILE]
       altinn-designer-cli texts import APP_DIR FILE [--dry-run] [--skip-unknown]
</source>
        <translation>Bruk: altinn-designer-cli texts set APP_DIR LANG KEY VALUE
      altinn-designer-cli texts rename APP_DIR OLD NEW
      altinn-designer-cli texts delete APP_DIR KEY [--force]
      altinn-designer-cli texts add-language APP_DIR LANG [--from LANG]
      altinn-designer-cli texts coverage APP_DIR [--json] [--source LANG]
      altinn-designer-cli texts export APP_DIR --format xliff|csv [--source LANG] [--target LANG] [--output FILE]
      altinn-designer-cli texts import APP_DIR FILE [--dry-run] [--skip-unknown]
</translation>
    </message>
    <message>
        <source>Unknown texts command &quot;%1&quot; (see texts --help)</source>
        <translation>Ukjent texts-kommando &quot;%1&quot; (se texts --help)</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli COMMAND [OPTIONS]

Works on Altinn app repositories (the folder that holds App/) with the same code as the designer.

Commands:
  resave APP_DIR                             Load every file the designer understands and write it back.
  validate APP_DIR [--json]                  Check the app and print one finding per line.
  new APP_DIR --org ORG --app NAME [--v8]    Create a new app from the bundled template.
  model import APP_DIR FILE.xsd [--name NAME]  Import an XSD as a data model of the app.
  model convert FILE --to json-schema|xsd|csharp  Convert a data model (output on stdout).
  layout types [--app APP_DIR]               List the component types the form builder offers.
  layout add-component APP_DIR --page PAGE --type TYPE [...]  Add a component to a page.
  layout add-page APP_DIR --page PAGE [...]  Add a page to a layout set.
  texts set|rename|add-language|coverage|export|import APP_DIR ...  Work on the app&apos;s texts.
  expr test PATH... | expr eval EXPRESSION_JSON [--data FILE]  Run shared expression tests, or evaluate one.

Run &quot;altinn-designer-cli COMMAND --help&quot; for the details of a command.
</source>
        <translation>Bruk: altinn-designer-cli COMMAND [OPTIONS]

Arbeider med repoer for Altinn-apper (mappen som inneholder App/) med den samme koden som Altinn Designer.

Kommandoer:
  resave APP_DIR                             Last inn alle filer Altinn Designer forstår, og skriv dem tilbake.
  validate APP_DIR [--json]                  Kontroller appen og skriv ut ett funn per linje.
  new APP_DIR --org ORG --app NAME [--v8]    Opprett en ny app fra den innebygde malen.
  model import APP_DIR FILE.xsd [--name NAME]  Importer en XSD som datamodell i appen.
  model convert FILE --to json-schema|xsd|csharp  Konverter en datamodell (resultatet skrives til stdout).
  layout types [--app APP_DIR]               List opp komponenttypene som skjemaredigeringen tilbyr.
  layout add-component APP_DIR --page PAGE --type TYPE [...]  Legg til en komponent på en side.
  layout add-page APP_DIR --page PAGE [...]  Legg til en side i en sidegruppe.
  texts set|rename|add-language|coverage|export|import APP_DIR ...  Arbeid med tekstene i appen.
  expr test PATH... | expr eval EXPRESSION_JSON [--data FILE]  Kjør delte uttrykkstester, eller evaluer ett uttrykk.

Kjør &quot;altinn-designer-cli COMMAND --help&quot; for detaljer om en kommando.
</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli expr test PATH...
       altinn-designer-cli expr eval EXPRESSION_JSON [--data FILE.json]
</source>
        <translation>Bruk: altinn-designer-cli expr test PATH...
      altinn-designer-cli expr eval EXPRESSION_JSON [--data FILE.json]
</translation>
    </message>
    <message>
        <source>Also list passing failure cases whose error message differs from the stated one.</source>
        <translation>List også opp beståtte feiltilfeller der feilmeldingen avviker fra den oppgitte.</translation>
    </message>
    <message>
        <source>Run shared expression test cases (files or folders of *.json).</source>
        <translation>Kjør delte testtilfeller for uttrykk (filer eller mapper med *.json).</translation>
    </message>
    <message>
        <source>PATH is missing (see --help)</source>
        <translation>PATH mangler (se --help)</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Filen eller mappen finnes ikke: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestått, %2 feilet</translation>
    </message>
    <message>
        <source>, %1 unsupported</source>
        <translation>, %1 ikke støttet</translation>
    </message>
    <message>
        <source>A JSON file used as the default data model.</source>
        <translation>En JSON-fil som brukes som standard datamodell.</translation>
    </message>
    <message>
        <source>Evaluate one expression and print the result as JSON.</source>
        <translation>Evaluer ett uttrykk og skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Expected exactly one EXPRESSION_JSON (see --help)</source>
        <translation>Forventet nøyaktig ett EXPRESSION_JSON (se --help)</translation>
    </message>
    <message>
        <source>The expression is not valid JSON: %1</source>
        <translation>Uttrykket er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>Unknown expr command &quot;%1&quot; (see expr --help)</source>
        <translation>Ukjent expr-kommando &quot;%1&quot; (se expr --help)</translation>
    </message>
</context>
<context>
    <name>ComponentCatalog</name>
    <message>
        <source>The component catalog is missing from the program.</source>
        <translation>Komponentkatalogen mangler i programmet.</translation>
    </message>
    <message>
        <source>The designer does not know the component type &quot;%1&quot;, so it cannot place components in it.</source>
        <translation>Altinn Designer kjenner ikke komponenttypen &quot;%1&quot; og kan derfor ikke plassere komponenter i den.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes its rows itself; components cannot be added to it.</source>
        <translation>&quot;%1&quot; lager radene sine selv, så komponenter kan ikke legges til der.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot hold other components.</source>
        <translation>&quot;%1&quot; kan ikke inneholde andre komponenter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no place called &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; har ingen plass som heter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made by the app itself and cannot be added by hand.</source>
        <translation>&quot;%1&quot; lages av appen selv og kan ikke legges til manuelt.</translation>
    </message>
    <message>
        <source>The designer does not know whether the component type &quot;%1&quot; may be placed in &quot;%2&quot;.</source>
        <translation>Altinn Designer vet ikke om komponenttypen &quot;%1&quot; kan plasseres i &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in &quot;%2&quot;. %3</source>
        <translation>&quot;%1&quot; kan ikke plasseres i &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>A type in the component catalog has no name.</source>
        <translation>En type i komponentkatalogen mangler navn.</translation>
    </message>
    <message>
        <source>The type %1 uses the unknown property group %2.</source>
        <translation>Typen %1 bruker den ukjente egenskapsgruppen %2.</translation>
    </message>
    <message>
        <source>The component catalog has an unknown format.</source>
        <translation>Komponentkatalogen har et ukjent format.</translation>
    </message>
    <message>
        <source>The component catalog lists %1 twice.</source>
        <translation>Komponentkatalogen inneholder %1 to ganger.</translation>
    </message>
    <message>
        <source>The type %1 is like the unknown type %2.</source>
        <translation>Typen %1 skal ligne på den ukjente typen %2.</translation>
    </message>
    <message>
        <source>The id pattern of the component catalog is not a valid regular expression.</source>
        <translation>Id-mønsteret i komponentkatalogen er ikke et gyldig regulært uttrykk.</translation>
    </message>
    <message>
        <source>The component catalog lists no types.</source>
        <translation>Komponentkatalogen inneholder ingen typer.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <source>Update the bindings of %1</source>
        <translation>Oppdater knytningene til %1</translation>
    </message>
    <message>
        <source>Two different types would both become the C# class %1 (the second at %2)</source>
        <translation>To ulike typer ville begge blitt C#-klassen %1 (den andre ved %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (at %2) cannot be a name in C#</source>
        <translation>&quot;%1&quot; (ved %2) kan ikke brukes som navn i C#</translation>
    </message>
    <message>
        <source>%1 has the type %2, which C# models do not support</source>
        <translation>%1 har typen %2, som C#-modeller ikke støtter</translation>
    </message>
    <message>
        <source>The fixed value &quot;%1&quot; of %2 does not fit its type %3</source>
        <translation>Den faste verdien &quot;%1&quot; for %2 passer ikke til typen %3</translation>
    </message>
    <message>
        <source>%1 would get the C# name %2, the same as its class, which C# does not allow</source>
        <translation>%1 ville fått C#-navnet %2, som er det samme som navnet på klassen, og det er ikke tillatt i C#</translation>
    </message>
    <message>
        <source>Two members of the C# class %1 would both be named %2 (XML names that differ only by &apos;-&apos;?), at %3</source>
        <translation>To medlemmer i C#-klassen %1 ville begge fått navnet %2 (XML-navn som bare skiller seg fra hverandre med &apos;-&apos;?), ved %3</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points to another file, which C# generation cannot follow</source>
        <translation>Referansen &quot;%1&quot; peker på en annen fil, som C#-genereringen ikke kan følge</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points to nothing</source>
        <translation>Referansen &quot;%1&quot; peker ikke på noe</translation>
    </message>
    <message>
        <source>References nest too deeply at %1</source>
        <translation>Referansene er nøstet for dypt ved %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an XML name (it must start with a letter or _ and hold no spaces or colons)</source>
        <translation>&quot;%1&quot; kan ikke være et XML-navn (det må starte med en bokstav eller _ og kan ikke inneholde mellomrom eller kolon)</translation>
    </message>
    <message>
        <source>A JSON Schema must be an object</source>
        <translation>Et JSON Schema må være et objekt</translation>
    </message>
    <message>
        <source>An alternative of a choice cannot declare attributes</source>
        <translation>Et alternativ i et valg (choice) kan ikke deklarere attributter</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; does not point to a definition of this schema</source>
        <translation>Referansen &quot;%1&quot; peker ikke på en definisjon i samme JSON Schema</translation>
    </message>
    <message>
        <source>A group of elements cannot declare attributes</source>
        <translation>En elementgruppe kan ikke deklarere attributter</translation>
    </message>
    <message>
        <source>The text value of an element with attributes must have a named or built-in type</source>
        <translation>Tekstverdien til et element med attributter må ha en navngitt eller innebygd type</translation>
    </message>
    <message>
        <source>An element with a text value cannot contain elements</source>
        <translation>Et element med tekstverdi kan ikke inneholde elementer</translation>
    </message>
    <message>
        <source>A value of several types (%1) has no XSD form</source>
        <translation>En verdi med flere typer (%1) kan ikke uttrykkes i XSD</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; cannot be the type of a simple value</source>
        <translation>Typen &quot;%1&quot; kan ikke være typen til en enkel verdi</translation>
    </message>
    <message>
        <source>multipleOf %1 has no XSD form (only 1, 0.1, 0.01, ... map to fractionDigits)</source>
        <translation>multipleOf %1 kan ikke uttrykkes i XSD (bare 1, 0.1, 0.01, ... kan gjøres om til fractionDigits)</translation>
    </message>
    <message>
        <source>enum must be an array</source>
        <translation>enum må være en liste</translation>
    </message>
    <message>
        <source>Only a string, number or boolean can be written here</source>
        <translation>Bare en streng, et tall eller en boolsk verdi kan skrives her</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by a data type that is not a data model</source>
        <translation>Navnet &quot;%1&quot; er allerede brukt av en datatype som ikke er en datamodell</translation>
    </message>
    <message>
        <source>The data model &quot;%1&quot; already has a root class named &quot;%2&quot;; two models cannot share it</source>
        <translation>Datamodellen &quot;%1&quot; har allerede en rotklasse med navnet &quot;%2&quot;; to modeller kan ikke ha samme rotklasse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid model name: start with a letter and use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>&quot;%1&quot; er ikke et gyldig modellnavn: start med en bokstav og bruk bokstaver, sifre, &apos;_&apos;, &apos;-&apos; og &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name for a new model: start with a letter and use letters, digits and &apos;_&apos;</source>
        <translation>&quot;%1&quot; er ikke et gyldig navn på en ny modell: start med en bokstav og bruk bokstaver, sifre og &apos;_&apos;</translation>
    </message>
    <message>
        <source>The app already has a data model named &quot;%1&quot;</source>
        <translation>Appen har allerede en datamodell med navnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no layout set &quot;%1&quot;</source>
        <translation>Det finnes ingen sidegruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; already uses the data type &quot;%2&quot;</source>
        <translation>Sidegruppen &quot;%1&quot; bruker allerede datatypen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no Settings.json to point at the model</source>
        <translation>Sidegruppen &quot;%1&quot; har ingen Settings.json der modellen kan angis</translation>
    </message>
    <message>
        <source>The app&apos;s applicationmetadata.json is missing or cannot be read</source>
        <translation>Appen mangler applicationmetadata.json, eller filen kan ikke leses</translation>
    </message>
    <message>
        <source>Import the data model %1</source>
        <translation>Importer datamodellen %1</translation>
    </message>
    <message>
        <source>The data model schema is not a JSON object</source>
        <translation>JSON Schema for datamodellen er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>Both documents must be XML Schemas (xsd:schema)</source>
        <translation>Begge dokumentene må være XML Schema (xsd:schema)</translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE %1&gt;). Document types and entities are not allowed: they can make a file read other files or the network.</source>
        <translation>Filen deklarerer en dokumenttype (&lt;!DOCTYPE %1&gt;). Dokumenttyper og entiteter er ikke tillatt: de kan få en fil til å lese andre filer eller hente data fra nettet.</translation>
    </message>
    <message>
        <source>The file refers to another resource (%1), which is never fetched or read.</source>
        <translation>Filen viser til en annen ressurs (%1), som aldri blir hentet eller lest.</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>Filen har ikke noe XML-element</translation>
    </message>
    <message>
        <source>This is not an XML Schema: the root element is &lt;%1&gt;, not &lt;xsd:schema&gt; in the namespace %2</source>
        <translation>Dette er ikke et XML Schema: rotelementet er &lt;%1&gt;, ikke &lt;xsd:schema&gt; i navnerommet %2</translation>
    </message>
    <message>
        <source>xsd:%1 of &quot;%2&quot; is not supported: the designer never fetches or reads other files. Put the types this schema needs into the file itself.</source>
        <translation>xsd:%1 av &quot;%2&quot; støttes ikke: Altinn Designer henter eller leser aldri andre filer. Legg typene denne XSD-en trenger, inn i selve filen.</translation>
    </message>
    <message>
        <source>it could not be loaded</source>
        <translation>den kunne ikke lastes inn</translation>
    </message>
    <message>
        <source>The XSD cannot be used to validate: %1</source>
        <translation>XSD-en kan ikke brukes til validering: %1</translation>
    </message>
    <message>
        <source>The schema nests types and groups too deeply to convert</source>
        <translation>XSD-en har typer og grupper som er nøstet for dypt til å kunne konverteres</translation>
    </message>
    <message>
        <source>The schema attribute %1 has an invalid value &quot;%2&quot;</source>
        <translation>Attributtet %1 på xsd:schema har den ugyldige verdien &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The global %1 has no name</source>
        <translation>Den globale deklarasjonen %1 har ikke noe navn</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is declared twice at the top of the schema (also on line %2); the JSON Schema keeps one definition per name</source>
        <translation>Navnet &quot;%1&quot; er deklarert to ganger på øverste nivå i XSD-en (også på linje %2); i JSON Schema kan det bare være én definisjon per navn</translation>
    </message>
    <message>
        <source>%1 is not supported in a data model</source>
        <translation>%1 støttes ikke i en datamodell</translation>
    </message>
    <message>
        <source>The file is not an XML Schema: its root element is not xsd:schema</source>
        <translation>Filen er ikke et XML Schema: rotelementet er ikke xsd:schema</translation>
    </message>
    <message>
        <source>The global element has no name</source>
        <translation>Det globale elementet har ikke noe navn</translation>
    </message>
    <message>
        <source>%1 is not supported inside %2 in a data model</source>
        <translation>%1 støttes ikke inne i %2 i en datamodell</translation>
    </message>
    <message>
        <source>The complex content has no extension or restriction</source>
        <translation>Det komplekse innholdet har verken utvidelse eller avgrensning</translation>
    </message>
    <message>
        <source>The simple content has no extension or restriction</source>
        <translation>Det enkle innholdet har verken utvidelse eller avgrensning</translation>
    </message>
    <message>
        <source>%1 needs a ref attribute naming a declared group</source>
        <translation>%1 må ha et ref-attributt som angir navnet på en deklarert gruppe</translation>
    </message>
    <message>
        <source>minOccurs must be a whole number, not &quot;%1&quot;</source>
        <translation>minOccurs må være et heltall, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>maxOccurs must be a whole number or &quot;unbounded&quot;, not &quot;%1&quot;</source>
        <translation>maxOccurs må være et heltall eller &quot;unbounded&quot;, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The prefix of the element reference &quot;%1&quot; is not declared</source>
        <translation>Prefikset i elementreferansen &quot;%1&quot; er ikke deklarert</translation>
    </message>
    <message>
        <source>The element has neither a name nor a ref</source>
        <translation>Elementet har verken navn (name) eller referanse (ref)</translation>
    </message>
    <message>
        <source>The prefix of the attribute reference &quot;%1&quot; is not declared</source>
        <translation>Prefikset i attributtreferansen &quot;%1&quot; er ikke deklarert</translation>
    </message>
    <message>
        <source>The attribute has neither a name nor a ref</source>
        <translation>Attributtet har verken navn (name) eller referanse (ref)</translation>
    </message>
    <message>
        <source>processContents must be skip, lax or strict, not &quot;%1&quot;</source>
        <translation>processContents må være skip, lax eller strict, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The built-in list type xsd:%1 is not supported in a data model</source>
        <translation>Den innebygde listetypen xsd:%1 støttes ikke i en datamodell</translation>
    </message>
    <message>
        <source>xsd:%1 is not a built-in XML Schema type</source>
        <translation>xsd:%1 er ikke en innebygd XML Schema-type</translation>
    </message>
    <message>
        <source>The prefix of the type &quot;%1&quot; is not declared</source>
        <translation>Prefikset i typen &quot;%1&quot; er ikke deklarert</translation>
    </message>
    <message>
        <source>The simple type has no restriction or list</source>
        <translation>Den enkle typen har verken avgrensning eller liste</translation>
    </message>
    <message>
        <source>The restriction has neither a base type nor a simple type</source>
        <translation>Avgrensningen har verken basistype eller enkel type</translation>
    </message>
    <message>
        <source>The list has no item type</source>
        <translation>Listen har ingen elementtype</translation>
    </message>
    <message>
        <source>The facet %1 is not supported in a data model</source>
        <translation>Fasetten %1 støttes ikke i en datamodell</translation>
    </message>
    <message>
        <source>The facet %1 needs a whole number, not &quot;%2&quot;</source>
        <translation>Fasetten %1 må ha et heltall, ikke &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The facet %1 needs a number, not &quot;%2&quot;</source>
        <translation>Fasetten %1 må ha et tall, ikke &quot;%2&quot;</translation>
    </message>
    <message>
        <source>An identity constraint must be a key, keyref or unique</source>
        <translation>En identitetsbegrensning må være key, keyref eller unique</translation>
    </message>
    <message>
        <source>The attribute %1 on %2 is not supported in a data model</source>
        <translation>Attributtet %1 på %2 støttes ikke i en datamodell</translation>
    </message>
    <message>
        <source>An annotation inside %1 is not supported in a data model</source>
        <translation>En merknad (annotation) inne i %1 støttes ikke i en datamodell</translation>
    </message>
    <message>
        <source>A prohibited attribute can only be named in a data model, not described by %1</source>
        <translation>Et forbudt attributt (prohibited) kan bare navngis i en datamodell, ikke beskrives med %1</translation>
    </message>
    <message>
        <source>Foreign attributes on a derivation from xsd:anyType are not supported in a data model</source>
        <translation>Fremmede attributter på en avledning fra xsd:anyType støttes ikke i en datamodell</translation>
    </message>
    <message>
        <source>The prefix of the substitution group &quot;%1&quot; is not declared</source>
        <translation>Prefikset i erstatningsgruppen (substitutionGroup) &quot;%1&quot; er ikke deklarert</translation>
    </message>
    <message>
        <source>%1 needs a selector and at least one field</source>
        <translation>%1 må ha et selector-element og minst ett field-element</translation>
    </message>
    <message>
        <source>Annotations on more than one %1 facet of a restriction are not supported in a data model</source>
        <translation>Merknader (annotation) på mer enn én %1-fasett i en avgrensning støttes ikke i en datamodell</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>a text</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>en ja/nei-verdi</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>en dato</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>én enkelt verdi</translation>
    </message>
    <message>
        <source>a list of values</source>
        <translation>en liste med verdier</translation>
    </message>
    <message>
        <source>a repeating group</source>
        <translation>en repeterende gruppe</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>hvilket som helst felt</translation>
    </message>
    <message>
        <source>This binding expects %1, but &quot;%2&quot; is %3.</source>
        <translation>Denne knytningen forventer %1, men &quot;%2&quot; er av typen %3.</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>Designer::AddLanguageDialog</name>
    <message>
        <source>Add a language</source>
        <translation>Legg til et språk</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Søk etter navn eller kode</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Søk etter språk</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Copy texts from</source>
        <translation>Kopier tekster fra</translation>
    </message>
    <message>
        <source>(none: start empty)</source>
        <translation>(ingen: start uten tekster)</translation>
    </message>
    <message>
        <source>&amp;Copy texts from:</source>
        <translation>&amp;Kopier tekster fra:</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Legg til språk</translation>
    </message>
</context>
<context>
    <name>Designer::BoolField</name>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern fra komponenten (bruk standardverdien)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
</context>
<context>
    <name>Designer::BooleanExpressionField</name>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Uttrykk</translation>
    </message>
    <message>
        <source>No (the default)</source>
        <translation>Nei (standard)</translation>
    </message>
    <message>
        <source>Yes, always</source>
        <translation>Ja, alltid</translation>
    </message>
    <message>
        <source>Decided by an expression when the form is filled in</source>
        <translation>Avgjøres av et uttrykk når skjemaet fylles ut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The expression in the file</source>
        <translation>Uttrykket i filen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the expression of %1</source>
        <translation>Rediger uttrykket for %1</translation>
    </message>
    <message>
        <source>The file has %1, which is neither yes/no nor an expression.</source>
        <translation>Filen har %1, som verken er ja/nei eller et uttrykk.</translation>
    </message>
</context>
<context>
    <name>Designer::CanvasModel</name>
    <message>
        <source>(text from an expression)</source>
        <translation>(tekst fra et uttrykk)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed as a child, but the page has no component with this id.</source>
        <translation>Står oppført som underkomponent, men siden har ingen komponent med denne id-en.</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>Knyttet til %1</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>knyttet til %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkrevd</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be dropped here.</source>
        <translation>Ingenting kan slippes her.</translation>
    </message>
</context>
<context>
    <name>Designer::CanvasView</name>
    <message>
        <source>Page canvas</source>
        <translation>Arbeidsflate for siden</translation>
    </message>
    <message>
        <source>The components of the page as cards. Drag to move; Alt+arrows move the selected component.</source>
        <translation>Komponentene på siden som kort. Dra for å flytte; Alt+piltaster flytter den valgte komponenten.</translation>
    </message>
    <message>
        <source>This page is empty. Drag components here from the palette, or select one and press Enter.</source>
        <translation>Denne siden er tom. Dra komponenter hit fra paletten, eller velg en og trykk Enter.</translation>
    </message>
    <message>
        <source>Choose a page to see its components.</source>
        <translation>Velg en side for å se komponentene.</translation>
    </message>
</context>
<context>
    <name>Designer::CardDelegate</name>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>Required if…</source>
        <translation>Påkrevd hvis…</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Hidden if…</source>
        <translation>Skjult hvis…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this page</source>
        <translation>Ikke på denne siden</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Ukjent type</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen tekst)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>not on this page</source>
        <translation>ikke på denne siden</translation>
    </message>
</context>
<context>
    <name>Designer::CodeListEditor</name>
    <message>
        <source>unused</source>
        <translation>ikke i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>brukt %n gang</numerusform>
            <numerusform>brukt %n ganger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>from the library</source>
        <translation>fra biblioteket</translation>
    </message>
    <message>
        <source>provided by code</source>
        <translation>fra appkoden</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Kodelister</translation>
    </message>
    <message>
        <source>The code lists of the app (App/options) and the ids layouts use without a file</source>
        <translation>Kodelistene i appen (App/options) og id-ene som sidene bruker uten en fil</translation>
    </message>
    <message>
        <source>Rows of the code list</source>
        <translation>Radene i kodelisten</translation>
    </message>
    <message>
        <source>Places that use the code list</source>
        <translation>Steder som bruker kodelisten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Double-click a place to go there</source>
        <translation>Dobbeltklikk på et sted for å gå dit</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Ny...</translation>
    </message>
    <message>
        <source>Add a code list (Insert)</source>
        <translation>Legg til en kodeliste (Insert)</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Endre id...</translation>
    </message>
    <message>
        <source>Rename the code list and every place that uses it (F2)</source>
        <translation>Endre id-en til kodelisten og alle steder som bruker den (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the code list (Delete); refused while it is used</source>
        <translation>Slett kodelisten (Delete); ikke mulig så lenge den er i bruk</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Add a row after the current one (Insert)</source>
        <translation>Legg til en rad etter den gjeldende (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <source>Remove the current row (Delete)</source>
        <translation>Fjern den gjeldende raden (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move the row up (Alt+Up)</source>
        <translation>Flytt raden opp (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move the row down (Alt+Down)</source>
        <translation>Flytt raden ned (Alt+Down)</translation>
    </message>
    <message>
        <source>No file in App/options: the app&apos;s code or the organisation&apos;s library provides this list</source>
        <translation>Ingen fil i App/options: koden i appen eller biblioteket til organisasjonen leverer denne listen</translation>
    </message>
    <message>
        <source>Choose a code list, or add one.</source>
        <translation>Velg en kodeliste, eller legg til en ny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the code list &quot;%2&quot; of the library of %3 (version %4); the app has no file for it.</source>
        <translation>&quot;%1&quot; er kodelisten &quot;%2&quot; i biblioteket til %3 (versjon %4); appen har ingen fil for den.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in App/options: the app&apos;s code provides it (an options provider), so its rows cannot be edited here.</source>
        <translation>&quot;%1&quot; har ingen fil i App/options: koden i appen leverer den (en options provider), så radene kan ikke redigeres her.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n rad</numerusform>
            <numerusform>%1: %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that occur more than once: %1</source>
        <translation>Verdier som forekommer mer enn én gang: %1</translation>
    </message>
    <message>
        <source>No layout uses this code list.</source>
        <translation>Ingen sider bruker denne kodelisten.</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s):</source>
        <translation>
            <numerusform>Brukt på %n sted:</numerusform>
            <numerusform>Brukt på %n steder:</numerusform>
        </translation>
    </message>
    <message>
        <source>New code list</source>
        <translation>Ny kodeliste</translation>
    </message>
    <message>
        <source>Id of the new code list (its file name in App/options, without .json):</source>
        <translation>Id for den nye kodelisten (filnavnet i App/options, uten .json):</translation>
    </message>
    <message>
        <source>Rename code list</source>
        <translation>Endre id for kodeliste</translation>
    </message>
    <message>
        <source>New id of &quot;%1&quot; (every place that uses it follows):</source>
        <translation>Ny id for &quot;%1&quot; (alle steder som bruker den, blir oppdatert):</translation>
    </message>
    <message>
        <source>Delete code list</source>
        <translation>Slett kodeliste</translation>
    </message>
    <message>
        <source>Delete the code list &quot;%1&quot; (%2)? No layout uses it.</source>
        <translation>Vil du slette kodelisten &quot;%1&quot; (%2)? Ingen sider bruker den.</translation>
    </message>
</context>
<context>
    <name>Designer::CodeListModel</name>
    <message>
        <source>string</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolsk</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>This element is not an option object; edit it in the code view</source>
        <translation>Dette elementet er ikke et alternativobjekt; rediger det i kildevisningen</translation>
    </message>
    <message>
        <source>The JSON type the value is written with; the form compares values as text</source>
        <translation>JSON-typen verdien er skrevet med; skjemaet sammenligner verdier som tekst</translation>
    </message>
    <message>
        <source>Another row has the value &quot;%1&quot; too (values are compared as text): the form cannot tell them apart</source>
        <translation>En annen rad har også verdien &quot;%1&quot; (verdier sammenlignes som tekst): skjemaet kan ikke skille dem fra hverandre</translation>
    </message>
    <message>
        <source>The value is null, which Altinn Studio does not accept: give the row a value</source>
        <translation>Verdien er null, noe Altinn Studio ikke godtar: gi raden en verdi</translation>
    </message>
    <message>
        <source>Plain text: the app has no text key &quot;%1&quot;</source>
        <translation>Vanlig tekst: appen har ingen tekstnøkkel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Text key &quot;%1&quot; (no text yet)</source>
        <translation>Tekstnøkkel &quot;%1&quot; (ingen tekst ennå)</translation>
    </message>
    <message>
        <source>Text key &quot;%1&quot;
%2: %3</source>
        <translation>Tekstnøkkel &quot;%1&quot;
%2: %3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ledetekst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <source>What the form stores when the option is chosen</source>
        <translation>Det skjemaet lagrer når alternativet velges</translation>
    </message>
    <message>
        <source>What the form shows: a text key or plain text</source>
        <translation>Det skjemaet viser: en tekstnøkkel eller vanlig tekst</translation>
    </message>
    <message>
        <source>A text under the label (optional)</source>
        <translation>En tekst under ledeteksten (valgfri)</translation>
    </message>
    <message>
        <source>A help text for the option (optional)</source>
        <translation>En hjelpetekst for alternativet (valgfri)</translation>
    </message>
</context>
<context>
    <name>Designer::CodeView</name>
    <message>
        <source>Source code</source>
        <translation>Kildekode</translation>
    </message>
</context>
<context>
    <name>Designer::CodeViewPanel</name>
    <message>
        <source>Source view message</source>
        <translation>Melding i kildevisningen</translation>
    </message>
    <message>
        <source>Select a file or a component to see its source.</source>
        <translation>Velg en fil eller en komponent for å se kildekoden.</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Filsti</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <source>Edit this file in your own editor; the view follows the changes.</source>
        <translation>Rediger filen i ditt eget redigeringsprogram; visningen følger med på endringene.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation>Søk i filen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Tekst å søke etter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Finn forrige treff (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Finn neste treff (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Lukk søkefeltet (Esc)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Søkeresultat</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Fortsatte fra slutten</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Fortsatte fra toppen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
</context>
<context>
    <name>Designer::ComponentPalette</name>
    <message>
        <source>Search components</source>
        <translation>Søk etter komponenter</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentpalett</translation>
    </message>
    <message>
        <source>Drag a component onto the page, or press Enter to add it after the selected component.</source>
        <translation>Dra en komponent til siden, eller trykk Enter for å legge den til etter den valgte komponenten.</translation>
    </message>
</context>
<context>
    <name>Designer::CoverageView</name>
    <message>
        <source>Coverage per language</source>
        <translation>Dekning per språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tomme</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Ikke oversatt</translation>
    </message>
    <message>
        <source>Gaps per page</source>
        <translation>Mangler per side</translation>
    </message>
    <message>
        <source>Page / key</source>
        <translation>Side / nøkkel</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>Mangler på</translation>
    </message>
    <message>
        <source>Empty in</source>
        <translation>Tom på</translation>
    </message>
    <message>
        <source>Click to select the key in the table</source>
        <translation>Klikk for å velge nøkkelen i tabellen</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... og %n til</numerusform>
            <numerusform>... og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1, the source language. Click a key to select it in the table.</source>
        <translation>Sammenlignet med kildespråket, %1. Klikk på en nøkkel for å velge den i tabellen.</translation>
    </message>
    <message>
        <source>Untranslated (same as the source)</source>
        <translation>Ikke oversatt (lik kildeteksten)</translation>
    </message>
    <message numerus="yes">
        <source>Not used anywhere: %n key(s)</source>
        <translation>
            <numerusform>Ikke brukt noe sted: %n nøkkel</numerusform>
            <numerusform>Ikke brukt noe sted: %n nøkler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) with a gap</source>
        <translation>
            <numerusform>%1: %n nøkkel med mangler</numerusform>
            <numerusform>%1: %n nøkler med mangler</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page has its texts in every language.</source>
        <translation>Alle sider har tekstene sine på alle språk.</translation>
    </message>
</context>
<context>
    <name>Designer::DataBindingField</name>
    <message>
        <source>%1: data type</source>
        <translation>%1: datatype</translation>
    </message>
    <message>
        <source>The data model the field belongs to</source>
        <translation>Datamodellen feltet hører til</translation>
    </message>
    <message>
        <source>%1: data model field</source>
        <translation>%1: felt i datamodellen</translation>
    </message>
    <message>
        <source>Expects %1. Type to search the data model, or pick from the tree.</source>
        <translation>Forventer %1. Skriv for å søke i datamodellen, eller velg fra treet.</translation>
    </message>
    <message>
        <source>Pick a field from the data model</source>
        <translation>Velg et felt fra datamodellen</translation>
    </message>
    <message>
        <source>%1: pick a field</source>
        <translation>%1: velg et felt</translation>
    </message>
    <message>
        <source>Remove this binding</source>
        <translation>Fjern denne knytningen</translation>
    </message>
    <message>
        <source>%1 (no data model)</source>
        <translation>%1 (ingen datamodell)</translation>
    </message>
    <message>
        <source>Unbound: the layout set has no data model yet; the path is kept as written.</source>
        <translation>Ikke knyttet: sidegruppen har ingen datamodell ennå; stien beholdes slik den er skrevet.</translation>
    </message>
    <message>
        <source>Unbound: the data type &quot;%1&quot; has no data model in the app; the path is kept as written.</source>
        <translation>Ikke knyttet: datatypen &quot;%1&quot; har ingen datamodell i appen; stien beholdes slik den er skrevet.</translation>
    </message>
    <message>
        <source>Required: choose a field (%1).</source>
        <translation>Påkrevd: velg et felt (%1).</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the data model &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; er ikke et felt i datamodellen &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Designer::DataModelEditor</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... og %n til</numerusform>
            <numerusform>... og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a field in use</source>
        <translation>Slett et felt som er i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used in %n place(s) of the app&apos;s forms:</source>
        <translation>
            <numerusform>%1 er brukt på %n sted i skjemaene i appen:</numerusform>
            <numerusform>%1 er brukt på %n steder i skjemaene i appen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? These bindings will point at nothing.</source>
        <translation>Vil du slette det likevel? Disse knytningene vil da ikke peke på noe.</translation>
    </message>
    <message>
        <source>Update the bindings?</source>
        <translation>Oppdatere knytningene?</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) or expression(s) in the app&apos;s forms use %1. Update them to %2 as well?</source>
        <translation>
            <numerusform>%n knytning eller uttrykk i skjemaene i appen bruker %1. Vil du oppdatere til %2 der også?</numerusform>
            <numerusform>%n knytninger eller uttrykk i skjemaene i appen bruker %1. Vil du oppdatere til %2 der også?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2 and update its bindings</source>
        <translation>Endre navn fra %1 til %2 og oppdater knytningene</translation>
    </message>
    <message>
        <source>Make a reusable type</source>
        <translation>Lag en gjenbrukbar type</translation>
    </message>
    <message>
        <source>Name of the new type:</source>
        <translation>Navn på den nye typen:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Import an XSD</source>
        <translation>Importer en XSD</translation>
    </message>
    <message>
        <source>XML Schemas (*.xsd)</source>
        <translation>XML Schema-filer (*.xsd)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Name of the data model (also its data type):</source>
        <translation>Navn på datamodellen (også navnet på datatypen):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Use the model in this layout set, which has no data model yet:</source>
        <translation>Bruk modellen i denne sidegruppen, som ikke har noen datamodell ennå:</translation>
    </message>
    <message>
        <source>New data model</source>
        <translation>Ny datamodell</translation>
    </message>
    <message>
        <source>Name of the new model (letters, digits and _):</source>
        <translation>Navn på den nye modellen (bokstaver, sifre og _):</translation>
    </message>
    <message>
        <source>Cannot make the model</source>
        <translation>Kan ikke opprette modellen</translation>
    </message>
    <message>
        <source>Data model:</source>
        <translation>Datamodell:</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datamodell</translation>
    </message>
    <message>
        <source>Import XSD...</source>
        <translation>Importer XSD...</translation>
    </message>
    <message>
        <source>New model...</source>
        <translation>Ny modell...</translation>
    </message>
    <message>
        <source>Find a field (Enter for the next)</source>
        <translation>Søk etter felt (Enter for neste treff)</translation>
    </message>
    <message>
        <source>Find a field</source>
        <translation>Søk etter felt</translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation>Feltene i datamodellen</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Legg til felt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Make type...</source>
        <translation>Lag type...</translation>
    </message>
    <message>
        <source>Inline type</source>
        <translation>Kopier inn typen</translation>
    </message>
    <message>
        <source>Types of the data model</source>
        <translation>Typene i datamodellen</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>XSD</source>
        <translation>XSD</translation>
    </message>
    <message>
        <source>C#</source>
        <translation>C#</translation>
    </message>
    <message>
        <source>This app has no data model yet. Import an XSD (for example one from SERES) or make a new model.</source>
        <translation>Denne appen har ingen datamodell ennå. Importer en XSD (for eksempel en fra SERES) eller lag en ny modell.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 (type)</source>
        <translation>%1 (type)</translation>
    </message>
    <message>
        <source>(not generated yet)</source>
        <translation>(ikke generert ennå)</translation>
    </message>
</context>
<context>
    <name>Designer::EditCommand</name>
    <message>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>Kunne ikke utføre &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>Kunne ikke angre &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Designer::EditableCodeView</name>
    <message>
        <source>Source code (editable)</source>
        <translation>Kildekode (kan redigeres)</translation>
    </message>
</context>
<context>
    <name>Designer::EnumField</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (ikke i listen)</translation>
    </message>
</context>
<context>
    <name>Designer::ExportDialog</name>
    <message>
        <source>&amp;XLIFF 2.0, for a translator: one source and one target language</source>
        <translation>&amp;XLIFF 2.0, for en oversetter: ett kildespråk og ett målspråk</translation>
    </message>
    <message>
        <source>&amp;CSV, for a spreadsheet: a column per language</source>
        <translation>&amp;CSV, for et regneark: én kolonne per språk</translation>
    </message>
    <message>
        <source>Only the languages shown in the table</source>
        <translation>Bare språkene som vises i tabellen</translation>
    </message>
    <message>
        <source>Export texts</source>
        <translation>Eksporter tekster</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Kildespråk</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Målspråk</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kildespråk:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Målspråk:</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Eksporter...</translation>
    </message>
    <message>
        <source>The source and the target are the same language.</source>
        <translation>Kildespråket og målspråket er det samme.</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionBuilder</name>
    <message>
        <source>A condition</source>
        <translation>En betingelse</translation>
    </message>
    <message>
        <source>If … then … otherwise</source>
        <translation>Hvis … så … ellers</translation>
    </message>
    <message>
        <source>Shape of the expression</source>
        <translation>Formen på uttrykket</translation>
    </message>
    <message>
        <source>The expression is</source>
        <translation>Uttrykket er</translation>
    </message>
    <message>
        <source>Compare two values</source>
        <translation>Sammenlign to verdier</translation>
    </message>
    <message>
        <source>All of these are true (and)</source>
        <translation>Alle disse er sanne (and)</translation>
    </message>
    <message>
        <source>Any of these is true (or)</source>
        <translation>Minst én av disse er sann (or)</translation>
    </message>
    <message>
        <source>This is not true (not)</source>
        <translation>Dette er ikke sant (not)</translation>
    </message>
    <message>
        <source>A yes/no value</source>
        <translation>En ja/nei-verdi</translation>
    </message>
    <message>
        <source>Kind of condition</source>
        <translation>Type betingelse</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Fjern betingelse %1</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Legg til betingelse</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Hvis</translation>
    </message>
    <message>
        <source>then</source>
        <translation>så</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>ellers</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Ellers</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>en verdi</translation>
    </message>
    <message>
        <source>another if</source>
        <translation>en ny hvis-betingelse</translation>
    </message>
    <message>
        <source>Choose the component whose value is used.</source>
        <translation>Velg komponenten som verdien skal hentes fra.</translation>
    </message>
    <message>
        <source>Choose the data model field whose value is used.</source>
        <translation>Velg feltet i datamodellen som verdien skal hentes fra.</translation>
    </message>
    <message>
        <source>This is not a number (write it as 12 or 1.5).</source>
        <translation>Dette er ikke et tall (skriv det som 12 eller 1.5).</translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation>er lik</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>er ikke lik</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>er større enn</translation>
    </message>
    <message>
        <source>is greater than or equal to</source>
        <translation>er større enn eller lik</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>er mindre enn</translation>
    </message>
    <message>
        <source>is less than or equal to</source>
        <translation>er mindre enn eller lik</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>inneholder</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>inneholder ikke</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>begynner med</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>slutter med</translation>
    </message>
    <message>
        <source>has in its comma list</source>
        <translation>har i kommalisten sin</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Type verdi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/nei</translation>
    </message>
    <message>
        <source>Nothing (null)</source>
        <translation>Ingenting (null)</translation>
    </message>
    <message>
        <source>Component value</source>
        <translation>Verdi fra komponent</translation>
    </message>
    <message>
        <source>Data model field</source>
        <translation>Felt i datamodellen</translation>
    </message>
    <message>
        <source>Instance information</source>
        <translation>Informasjon om instansen</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(ingen verdi)</translation>
    </message>
    <message>
        <source>yes (true)</source>
        <translation>ja (true)</translation>
    </message>
    <message>
        <source>no (false)</source>
        <translation>nei (false)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja eller nei</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>komponent-id</translation>
    </message>
    <message>
        <source>field path</source>
        <translation>feltsti</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Komponent-id</translation>
    </message>
    <message>
        <source>In the data model of the data type &quot;%1&quot;</source>
        <translation>I datamodellen for datatypen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionDialog</name>
    <message>
        <source>Expression</source>
        <translation>Uttrykk</translation>
    </message>
    <message>
        <source>Correct the problems first</source>
        <translation>Rett problemene først</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionEditor</name>
    <message>
        <source>Visual</source>
        <translation>Visuell</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Editing mode</source>
        <translation>Redigeringsmodus</translation>
    </message>
    <message>
        <source>Expression as JSON</source>
        <translation>Uttrykket som JSON</translation>
    </message>
    <message>
        <source>Problems in the expression</source>
        <translation>Problemer i uttrykket</translation>
    </message>
    <message>
        <source>Result with the preview&apos;s test data: not available yet (it comes with the live preview).</source>
        <translation>Resultat med testdataene i forhåndsvisningen: ikke tilgjengelig ennå (kommer sammen med forhåndsvisningen).</translation>
    </message>
    <message>
        <source>The visual builder cannot show this expression, so it is shown as JSON.</source>
        <translation>Den visuelle redigeringen kan ikke vise dette uttrykket, så det vises som JSON.</translation>
    </message>
    <message>
        <source>Correct the JSON first: %1</source>
        <translation>Rett JSON-en først: %1</translation>
    </message>
    <message>
        <source>The visual builder cannot show this expression; keep editing it as JSON.</source>
        <translation>Den visuelle redigeringen kan ikke vise dette uttrykket; fortsett å redigere det som JSON.</translation>
    </message>
    <message>
        <source>An expression is a list that starts with the name of a function, like [&quot;equals&quot;, …].</source>
        <translation>Et uttrykk er en liste som starter med navnet på en funksjon, for eksempel [&quot;equals&quot;, …].</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (ved %2)</translation>
    </message>
</context>
<context>
    <name>Designer::FieldInfo</name>
    <message>
        <source>texts</source>
        <translation>tekster</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>heltall</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>heltall</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>yes/no values</source>
        <translation>ja/nei-verdier</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nei</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>datoer</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>times</source>
        <translation>klokkeslett</translation>
    </message>
    <message>
        <source>time</source>
        <translation>klokkeslett</translation>
    </message>
    <message>
        <source>values</source>
        <translation>verdier</translation>
    </message>
    <message>
        <source>value</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>liste med %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>repeating group</source>
        <translation>repeterende gruppe</translation>
    </message>
</context>
<context>
    <name>Designer::FieldPalette</name>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Data model fields</source>
        <translation>Felt i datamodellen</translation>
    </message>
    <message>
        <source>Drag a field onto the page to add a component bound to it, or press Enter to add it after the selected component.</source>
        <translation>Dra et felt til siden for å legge til en komponent som er knyttet til feltet, eller trykk Enter for å legge den til etter den valgte komponenten.</translation>
    </message>
    <message>
        <source>This layout set has no data model. Components are added unbound; bind them later, once the model exists.</source>
        <translation>Denne sidegruppen har ingen datamodell. Komponentene legges til uten knytning; knytt dem til senere, når modellen finnes.</translation>
    </message>
    <message>
        <source>The data model %1 cannot be read: %2</source>
        <translation>Datamodellen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Drag a field onto the page to add a component bound to it.</source>
        <translation>Dra et felt til siden for å legge til en komponent som er knyttet til feltet.</translation>
    </message>
</context>
<context>
    <name>Designer::FieldPicker</name>
    <message>
        <source>Filter fields</source>
        <translation>Filtrer felt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Data model fields</source>
        <translation>Felt i datamodellen</translation>
    </message>
</context>
<context>
    <name>Designer::FilesPanel</name>
    <message>
        <source>Files of the app</source>
        <translation>Filene i appen</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Denne filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Changed by another program while you had unsaved changes</source>
        <translation>Endret av et annet program mens du hadde ulagrede endringer</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (ulagrede endringer)</translation>
    </message>
</context>
<context>
    <name>Designer::FormEditor</name>
    <message>
        <source>Layout set</source>
        <translation>Sidegruppe</translation>
    </message>
    <message>
        <source> (subform)</source>
        <translation> (underskjema)</translation>
    </message>
    <message>
        <source> (task %1)</source>
        <translation> (oppgave %1)</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>Gi komponenten ny id</translation>
    </message>
    <message>
        <source>New id for %1 (references in the layout set are updated):</source>
        <translation>Ny id for %1 (referanser i sidegruppen blir oppdatert):</translation>
    </message>
    <message>
        <source>&amp;Layout set:</source>
        <translation>&amp;Sidegruppe:</translation>
    </message>
    <message>
        <source>The layout set (process task or subform) whose pages are shown</source>
        <translation>Sidegruppen (prosessoppgave eller underskjema) som sidene vises for</translation>
    </message>
    <message>
        <source>&amp;Texts in:</source>
        <translation>&amp;Tekster på:</translation>
    </message>
    <message>
        <source>Language of the texts on the canvas</source>
        <translation>Språket til tekstene på arbeidsflaten</translation>
    </message>
    <message>
        <source>The language the cards show their texts in</source>
        <translation>Språket kortene viser tekstene sine på</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n component(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n komponent&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n komponenter&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already the first here; Alt+Left moves it out of its container.</source>
        <translation>%1 er allerede først her; Alt+Left flytter den ut av beholderen.</translation>
    </message>
    <message>
        <source>%1 is already the last here.</source>
        <translation>%1 er allerede sist her.</translation>
    </message>
    <message>
        <source>There is no container right above %1 to move it into.</source>
        <translation>Det finnes ingen beholder rett over %1 som den kan flyttes inn i.</translation>
    </message>
    <message>
        <source>%1 is not in a container.</source>
        <translation>%1 er ikke i en beholder.</translation>
    </message>
    <message>
        <source>This is the first page.</source>
        <translation>Dette er den første siden.</translation>
    </message>
    <message>
        <source>This is the last page.</source>
        <translation>Dette er den siste siden.</translation>
    </message>
    <message>
        <source>Moved %1 to the end of the page %2.</source>
        <translation>Flyttet %1 til slutten av siden %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 with %n text(s).</source>
        <translation>
            <numerusform>Kopierte %1 med %n tekst.</numerusform>
            <numerusform>Kopierte %1 med %n tekster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Kopierte %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no components.</source>
        <translation>Utklippstavlen inneholder ingen komponenter.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n component(s).</source>
        <translation>
            <numerusform>Limte inn %n komponent.</numerusform>
            <numerusform>Limte inn %n komponenter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated %1 as %2.</source>
        <translation>Dupliserte %1 som %2.</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on this page.</source>
        <translation>Det finnes ingen komponent &quot;%1&quot; på denne siden.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Legg til %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 %2 with %n component(s)</source>
        <translation>
            <numerusform>Legg til %1 %2 med %n komponent</numerusform>
            <numerusform>Legg til %1 %2 med %n komponenter</numerusform>
        </translation>
    </message>
    <message>
        <source>The data model %1 cannot be read.</source>
        <translation>Datamodellen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>Nothing to add for %1.</source>
        <translation>Ingenting å legge til for %1.</translation>
    </message>
    <message>
        <source>Add %1 bound to %2</source>
        <translation>Legg til %1 knyttet til %2</translation>
    </message>
    <message>
        <source>Choose a page first.</source>
        <translation>Velg en side først.</translation>
    </message>
    <message>
        <source>This page cannot be read, so it cannot be changed here; fix the file first.</source>
        <translation>Denne siden kan ikke leses, så den kan ikke endres her; rett feilen i filen først.</translation>
    </message>
    <message>
        <source>The component %1 is no longer there.</source>
        <translation>Komponenten %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside itself.</source>
        <translation>%1 kan ikke plasseres inne i seg selv.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Ingenting å lime inn.</translation>
    </message>
    <message>
        <source>Only components and data-model fields can be dropped here.</source>
        <translation>Bare komponenter og felt fra datamodellen kan slippes her.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 er nå av typen %2.</translation>
    </message>
    <message>
        <source>%1 is now a %2; these no longer apply and were removed: %3</source>
        <translation>%1 er nå av typen %2; disse gjelder ikke lenger og ble fjernet: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sider&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datamodell</translation>
    </message>
    <message>
        <source>Components to drag onto the page</source>
        <translation>Komponenter du kan dra til siden</translation>
    </message>
    <message>
        <source>Fields of the data model: drag one onto the page to add a bound component</source>
        <translation>Feltene i datamodellen: dra et felt til siden for å legge til en komponent som er knyttet til det</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Endre type</translation>
    </message>
    <message>
        <source>Change the selected component to another type, keeping the properties that still apply</source>
        <translation>Endre den valgte komponenten til en annen type og behold egenskapene som fortsatt gjelder</translation>
    </message>
    <message>
        <source>Form editor messages</source>
        <translation>Meldinger fra skjemaredigeringen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Cut the component to the clipboard</source>
        <translation>Klipp ut komponenten til utklippstavlen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the component with its texts and code lists</source>
        <translation>Kopier komponenten med tekstene og kodelistene</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Paste into the selected container, or after the selected component</source>
        <translation>Lim inn i den valgte beholderen, eller etter den valgte komponenten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>Copy the component right after itself, with new ids</source>
        <translation>Kopier komponenten rett etter seg selv, med nye id-er</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the component and what it contains</source>
        <translation>Slett komponenten og alt den inneholder</translation>
    </message>
    <message>
        <source>&amp;Rename id...</source>
        <translation>&amp;Endre id...</translation>
    </message>
    <message>
        <source>Change the id; every reference is updated</source>
        <translation>Endre id-en; alle referanser blir oppdatert</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move the component up among its siblings</source>
        <translation>Flytt komponenten opp blant komponentene på samme nivå</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Move the component down among its siblings</source>
        <translation>Flytt komponenten ned blant komponentene på samme nivå</translation>
    </message>
    <message>
        <source>Move &amp;into the container above</source>
        <translation>Flytt inn i &amp;beholderen over</translation>
    </message>
    <message>
        <source>Move the component into the container right above it</source>
        <translation>Flytt komponenten inn i beholderen rett over</translation>
    </message>
    <message>
        <source>Move &amp;out of the container</source>
        <translation>Flytt ut &amp;av beholderen</translation>
    </message>
    <message>
        <source>Move the component out of its container</source>
        <translation>Flytt komponenten ut av beholderen</translation>
    </message>
    <message>
        <source>Move to the &amp;previous page</source>
        <translation>Flytt til &amp;forrige side</translation>
    </message>
    <message>
        <source>Move the component to the end of the previous page</source>
        <translation>Flytt komponenten til slutten av forrige side</translation>
    </message>
    <message>
        <source>Move to the &amp;next page</source>
        <translation>Flytt til &amp;neste side</translation>
    </message>
    <message>
        <source>Move the component to the end of the next page</source>
        <translation>Flytt komponenten til slutten av neste side</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the page&apos;s JSON beside the canvas</source>
        <translation>Vis JSON-koden til siden ved siden av arbeidsflaten</translation>
    </message>
    <message>
        <source>(no other type fits here)</source>
        <translation>(ingen annen type passer her)</translation>
    </message>
    <message>
        <source>C&amp;hange type</source>
        <translation>Endre &amp;type</translation>
    </message>
    <message>
        <source>Move to p&amp;age</source>
        <translation>Flytt til s&amp;ide</translation>
    </message>
</context>
<context>
    <name>Designer::GridField</name>
    <message>
        <source>Columns at size %1</source>
        <translation>Kolonner ved størrelse %1</translation>
    </message>
    <message>
        <source>Columns out of 12 at screen size %1</source>
        <translation>Kolonner av 12 ved skjermstørrelse %1</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Also set in the JSON (kept as it is): %1</source>
        <translation>Også angitt i JSON-en (beholdes som det er): %1</translation>
    </message>
</context>
<context>
    <name>Designer::ImportPreviewDialog</name>
    <message>
        <source>Import texts from %1</source>
        <translation>Importer tekster fra %1</translation>
    </message>
    <message>
        <source>New languages that will be added: %1</source>
        <translation>Nye språk som blir lagt til: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in the file are the same as in the app.</source>
        <translation>
            <numerusform>%n tekst i filen er den samme som i appen.</numerusform>
            <numerusform>%n tekster i filen er de samme som i appen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Sammendrag av importen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Etter importen</translation>
    </message>
    <message>
        <source>(missing: added)</source>
        <translation>(mangler: legges til)</translation>
    </message>
    <message>
        <source>Unknown keys</source>
        <translation>Ukjente nøkler</translation>
    </message>
    <message>
        <source>Keys in the file that the app does not have (not imported)</source>
        <translation>Nøkler i filen som appen ikke har (importeres ikke)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n change(s)</source>
        <translation>
            <numerusform>Importer %n endring</numerusform>
            <numerusform>Importer %n endringer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Designer::IntegerField</name>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern fra komponenten (bruk standardverdien)</translation>
    </message>
</context>
<context>
    <name>Designer::JsonField</name>
    <message>
        <source>Remove this property from the component</source>
        <translation>Fjern denne egenskapen fra komponenten</translation>
    </message>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern fra komponenten (bruk standardverdien)</translation>
    </message>
    <message>
        <source>JSON. Ctrl+Enter or leaving the field applies it; Escape puts back what the file has.</source>
        <translation>JSON. Trykk Ctrl+Enter eller gå ut av feltet for å ta i bruk endringen; Escape henter tilbake det som står i filen.</translation>
    </message>
</context>
<context>
    <name>Designer::MainWindow</name>
    <message>
        <source>Editors</source>
        <translation>Redigeringsverktøy</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datamodell</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prosess</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Tilgangsregler</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Version control</source>
        <translation>Versjonskontroll</translation>
    </message>
    <message>
        <source>Draw the process: fill in, confirm, sign and pay, with the settings of each Altinn task.</source>
        <translation>Tegn prosessen: utfylling, bekreftelse, signering og betaling, med innstillingene for hver Altinn-oppgave.</translation>
    </message>
    <message>
        <source>Decide who may read, write, sign and pay in each task of the process.</source>
        <translation>Bestem hvem som kan lese, skrive, signere og betale i hver oppgave i prosessen.</translation>
    </message>
    <message>
        <source>The app&apos;s name, who may use it, its data types, and its deployment values.</source>
        <translation>Navnet på appen, hvem som kan bruke den, datatypene og verdiene for utrulling.</translation>
    </message>
    <message>
        <source>Share your changes with Altinn Studio and fetch the changes of others, offline first.</source>
        <translation>Del endringene dine med Altinn Studio og hent endringene til andre – du jobber lokalt først.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the file you are working on</source>
        <translation>Lagre filen du arbeider med</translation>
    </message>
    <message>
        <source>Save &amp;All</source>
        <translation>Lagre &amp;alle</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Close App</source>
        <translation>Lu&amp;kk appen</translation>
    </message>
    <message>
        <source>Go to &amp;Next Problem</source>
        <translation>Gå til &amp;neste problem</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New App...</source>
        <translation>&amp;Ny app...</translation>
    </message>
    <message>
        <source>&amp;Open App Folder...</source>
        <translation>Å&amp;pne appmappe...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastatursnarveier</translation>
    </message>
    <message>
        <source>&amp;About Altinn Designer</source>
        <translation>&amp;Om Altinn Designer</translation>
    </message>
    <message>
        <source>Select a file or a component to see its source.</source>
        <translation>Velg en fil eller en komponent for å se kildekoden.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om: %1</translation>
    </message>
    <message>
        <source>Cannot open the app</source>
        <translation>Kan ikke åpne appen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are shown read-only; see Problems.</source>
        <translation>
            <numerusform>%n fil kunne ikke leses og vises som skrivebeskyttet; se panelet Problemer.</numerusform>
            <numerusform>%n filer kunne ikke leses og vises som skrivebeskyttede; se panelet Problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the sample app</source>
        <translation>Kan ikke åpne eksempelappen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 have unsaved changes. Save them before closing?</source>
        <translation>
            <numerusform>%n fil i %1 har ulagrede endringer. Vil du lagre den før du lukker?</numerusform>
            <numerusform>%n filer i %1 har ulagrede endringer. Vil du lagre dem før du lukker?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything was saved</source>
        <translation>Ikke alt ble lagret</translation>
    </message>
    <message>
        <source>Altinn Designer</source>
        <translation>Altinn Designer</translation>
    </message>
    <message>
        <source>%1[*] — Altinn Designer</source>
        <translation>%1[*] — Altinn Designer</translation>
    </message>
    <message>
        <source>layout sets</source>
        <translation>sidegrupper</translation>
    </message>
    <message>
        <source>UI folders</source>
        <translation>UI-mapper</translation>
    </message>
    <message>
        <source>single layout set</source>
        <translation>én sidegruppe</translation>
    </message>
    <message>
        <source>Altinn %1, %2</source>
        <translation>Altinn %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Filen er endret på disken</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you had unsaved changes in it.</source>
        <translation>%1 ble endret av et annet program mens du hadde ulagrede endringer i filen.</translation>
    </message>
    <message>
        <source>Which version do you want to keep?</source>
        <translation>Hvilken versjon vil du beholde?</translation>
    </message>
    <message>
        <source>The file was deleted. Keep your version (it is written again when you save)?</source>
        <translation>Filen ble slettet. Vil du beholde din versjon (den skrives på nytt når du lagrer)?</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Behold min versjon</translation>
    </message>
    <message>
        <source>Use the version on disk</source>
        <translation>Bruk versjonen på disken</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <source>Cannot create the app</source>
        <translation>Kan ikke opprette appen</translation>
    </message>
    <message>
        <source>Open an app folder (the one that holds App/)</source>
        <translation>Åpne en appmappe (den som inneholder App/)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>Lagret %n fil</numerusform>
            <numerusform>Lagret %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <source>About Altinn Designer</source>
        <translation>Om Altinn Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Altinn Designer %1&lt;/b&gt;&lt;p&gt;An offline desktop designer for Altinn 3 apps. It reads and writes the app repositories of Altinn Studio without changing what it does not edit.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Altinn Designer %1&lt;/b&gt;&lt;p&gt;Et skrivebordsprogram for å utforme Altinn 3-apper uten nettilgang. Det leser og skriver app-repoene til Altinn Studio og lar alt det ikke redigerer, være uendret.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple App</source>
        <translation>Åpne &amp;eksempelappen</translation>
    </message>
    <message>
        <source>Ctrl+N  new app
Ctrl+O  open an app folder
Ctrl+S  save the current file
Ctrl+Shift+S  save all
Ctrl+Z / Ctrl+Shift+Z  undo / redo
Ctrl+W  close the app
Ctrl+1 ... Ctrl+7  go to an editor
F8  go to the next problem

On the form canvas:
Delete  delete the component
F2  rename its id
Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D  copy, cut, paste, duplicate
Alt+Up / Alt+Down  move it
Alt+Right / Alt+Left  into the container above / out of its container
Ctrl+Shift+PgUp / PgDn  to the previous / next page
Ctrl+J  show or hide the JSON

In the page list:
Insert  add a page
F2  rename
Ctrl+D  duplicate
Delete  delete
Alt+Up / Alt+Down  reorder

In the texts table:
Ctrl+F  filter
Insert  add a key
Delete  delete the key
F2  rename the key (on a text: edit it)
Enter  edit the text; Enter again commits, Shift+Enter  new line, Escape  cancel
Ctrl+Shift+L  add a language

In the source view:
Ctrl+F  find, F3 / Shift+F3  next / previous</source>
        <translation>Ctrl+N  ny app
Ctrl+O  åpne en appmappe
Ctrl+S  lagre gjeldende fil
Ctrl+Shift+S  lagre alle
Ctrl+Z / Ctrl+Shift+Z  angre / gjør om
Ctrl+W  lukk appen
Ctrl+1 ... Ctrl+7  gå til et redigeringsverktøy
F8  gå til neste problem

På arbeidsflaten i skjemaredigeringen:
Delete  slett komponenten
F2  endre id-en
Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D  kopier, klipp ut, lim inn, dupliser
Alt+Up / Alt+Down  flytt komponenten
Alt+Right / Alt+Left  inn i beholderen over / ut av beholderen
Ctrl+Shift+PgUp / PgDn  til forrige / neste side
Ctrl+J  vis eller skjul JSON

I sidelisten:
Insert  legg til en side
F2  endre navn
Ctrl+D  dupliser
Delete  slett
Alt+Up / Alt+Down  endre rekkefølgen

I teksttabellen:
Ctrl+F  filtrer
Insert  legg til en nøkkel
Delete  slett nøkkelen
F2  endre nøkkelen (på en tekst: rediger teksten)
Enter  rediger teksten; Enter igjen bekrefter, Shift+Enter  ny linje, Escape  avbryt
Ctrl+Shift+L  legg til et språk

I kildevisningen:
Ctrl+F  søk, F3 / Shift+F3  neste / forrige</translation>
    </message>
</context>
<context>
    <name>Designer::NewAppDialog</name>
    <message>
        <source>Use the v8 app format (layout-sets.json) instead of the current one</source>
        <translation>Bruk v8-appformatet (layout-sets.json) i stedet for det gjeldende</translation>
    </message>
    <message>
        <source>Create a new app</source>
        <translation>Opprett en ny app</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Appnavn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bla gjennom...</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>&amp;App name:</source>
        <translation>&amp;Appnavn:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plassering:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Where to create the app</source>
        <translation>Hvor appen skal opprettes</translation>
    </message>
    <message>
        <source>Enter the organisation code and the app name.</source>
        <translation>Skriv inn organisasjonskoden og navnet på appen.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 finnes allerede og er ikke tom.</translation>
    </message>
    <message>
        <source>The app will be created in %1.</source>
        <translation>Appen blir opprettet i %1.</translation>
    </message>
</context>
<context>
    <name>Designer::NodeInspector</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Whole number (int)</source>
        <translation>Heltall (int)</translation>
    </message>
    <message>
        <source>Whole number (long)</source>
        <translation>Heltall (long)</translation>
    </message>
    <message>
        <source>Whole number (integer)</source>
        <translation>Heltall (integer)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Desimaltall</translation>
    </message>
    <message>
        <source>Yes/no (boolean)</source>
        <translation>Ja/nei (boolean)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>Year (gYear)</source>
        <translation>År (gYear)</translation>
    </message>
    <message>
        <source>Year and month (gYearMonth)</source>
        <translation>År og måned (gYearMonth)</translation>
    </message>
    <message>
        <source>Web address (anyURI)</source>
        <translation>Nettadresse (anyURI)</translation>
    </message>
    <message>
        <source>Repeats (a list)</source>
        <translation>Repeterende (en liste)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>May be nil (xsi:nil)</source>
        <translation>Kan være nil (xsi:nil)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Minst:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Høyst:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <source>Minimum length:</source>
        <translation>Minste lengde:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Største lengde:</translation>
    </message>
    <message>
        <source>Pattern (regular expression):</source>
        <translation>Mønster (regulært uttrykk):</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated):</source>
        <translation>Tillatte verdier (kommaseparert):</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maksimum:</translation>
    </message>
    <message>
        <source>Greater than:</source>
        <translation>Større enn:</translation>
    </message>
    <message>
        <source>Less than:</source>
        <translation>Mindre enn:</translation>
    </message>
    <message>
        <source>Total digits:</source>
        <translation>Antall sifre totalt:</translation>
    </message>
    <message>
        <source>Multiple of (decimals):</source>
        <translation>Multiplum av (desimaler):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; er ikke et tall</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Group of fields</source>
        <translation>Feltgruppe</translation>
    </message>
    <message>
        <source>Select a field to see and change it.</source>
        <translation>Velg et felt for å se og endre det.</translation>
    </message>
    <message>
        <source>Binding path: %1</source>
        <translation>Sti for knytning: %1</translation>
    </message>
</context>
<context>
    <name>Designer::OptionsField</name>
    <message>
        <source>Where the options come from</source>
        <translation>Hvor alternativene kommer fra</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Ingen alternativer</translation>
    </message>
    <message>
        <source>A code list</source>
        <translation>En kodeliste</translation>
    </message>
    <message>
        <source>Listed here</source>
        <translation>Listet opp her</translation>
    </message>
    <message>
        <source>Rows of the data model</source>
        <translation>Rader i datamodellen</translation>
    </message>
    <message>
        <source>Code list id</source>
        <translation>Kodeliste-id</translation>
    </message>
    <message>
        <source>A file in App/options, or the id of a code list the app makes in code</source>
        <translation>En fil i App/options, eller id-en til en kodeliste som appen lager i kode</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Kodeliste</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Label (text key)</source>
        <translation>Ledetekst (tekstnøkkel)</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Ledetekst (tekst)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>The repeating group in the data model whose rows become options</source>
        <translation>Den repeterende gruppen i datamodellen der radene blir alternativer</translation>
    </message>
    <message>
        <source>The text key of each option&apos;s label (may use variables of the row)</source>
        <translation>Tekstnøkkelen til ledeteksten for hvert alternativ (kan bruke variabler fra raden)</translation>
    </message>
    <message>
        <source>The field of the row that is the option&apos;s value, e.g. group[{0}].id</source>
        <translation>Feltet i raden som er verdien til alternativet, f.eks. group[{0}].id</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ledetekst</translation>
    </message>
    <message>
        <source>Change where the options of %1 come from</source>
        <translation>Endre hvor alternativene for %1 kommer fra</translation>
    </message>
</context>
<context>
    <name>Designer::PageJsonPane</name>
    <message>
        <source>Use the page&apos;s version</source>
        <translation>Bruk versjonen til siden</translation>
    </message>
    <message>
        <source>JSON of the page</source>
        <translation>JSON for siden</translation>
    </message>
    <message>
        <source>The page file. Changes are applied when the text parses.</source>
        <translation>Sidefilen. Endringer tas i bruk når teksten kan tolkes.</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON-feil</translation>
    </message>
    <message>
        <source>Throw away the text typed here and show the page as it is now</source>
        <translation>Forkast teksten som er skrevet her, og vis siden slik den er nå</translation>
    </message>
    <message>
        <source>This file cannot be read (%1). Fix it in another program; it is kept exactly as it is.</source>
        <translation>Denne filen kan ikke leses (%1). Rett den i et annet program; den blir beholdt nøyaktig som den er.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>Edit the JSON of %1</source>
        <translation>Rediger JSON-en for %1</translation>
    </message>
    <message>
        <source>The page was changed elsewhere meanwhile. Once the text parses it replaces the page, or use the page&apos;s version.</source>
        <translation>Siden ble endret et annet sted i mellomtiden. Når teksten kan tolkes, erstatter den siden, eller du kan bruke versjonen til siden.</translation>
    </message>
    <message>
        <source>The canvas shows the last version that parsed; your text is kept.</source>
        <translation>Arbeidsflaten viser den siste versjonen som kunne tolkes; teksten din beholdes.</translation>
    </message>
</context>
<context>
    <name>Designer::PageList</name>
    <message>
        <source>Add page</source>
        <translation>Legg til side</translation>
    </message>
    <message>
        <source>Name of the new page:</source>
        <translation>Navn på den nye siden:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Endre navn på side</translation>
    </message>
    <message>
        <source>New name for %1 (links, summaries and the page order are updated):</source>
        <translation>Nytt navn på %1 (lenker, oppsummeringer og siderekkefølgen blir oppdatert):</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Dupliser side</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>Navn på kopien av %1:</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Slett side</translation>
    </message>
    <message numerus="yes">
        <source>Delete the page %1 with its %n component(s)?</source>
        <translation>
            <numerusform>Vil du slette siden %1 med %n komponent?</numerusform>
            <numerusform>Vil du slette siden %1 med %n komponenter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it. You can undo this.</source>
        <translation>Ingenting annet viser til den. Du kan angre dette.</translation>
    </message>
    <message>
        <source>These refer to it; references to the page and its components are removed, expressions are left as they are:
%1</source>
        <translation>Disse viser til den; referanser til siden og komponentene på den blir fjernet, mens uttrykk blir stående som de er:
%1</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… og %n til</numerusform>
            <numerusform>
… og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>The pages of the layout set in order. Drag to reorder; drop a component on a page to move it there.</source>
        <translation>Sidene i sidegruppen i rekkefølge. Dra for å endre rekkefølgen; slipp en komponent på en side for å flytte den dit.</translation>
    </message>
    <message>
        <source>Add a page after the selected one</source>
        <translation>Legg til en side etter den valgte</translation>
    </message>
    <message>
        <source>Rename the page; references to it are updated</source>
        <translation>Endre navn på siden; referanser til den blir oppdatert</translation>
    </message>
    <message>
        <source>Copy the page with new component ids</source>
        <translation>Kopier siden med nye komponent-id-er</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Slett siden</translation>
    </message>
    <message>
        <source>Move page up</source>
        <translation>Flytt siden opp</translation>
    </message>
    <message>
        <source>Move the page earlier in the order</source>
        <translation>Flytt siden tidligere i rekkefølgen</translation>
    </message>
    <message>
        <source>Move page down</source>
        <translation>Flytt siden ned</translation>
    </message>
    <message>
        <source>Move the page later in the order</source>
        <translation>Flytt siden senere i rekkefølgen</translation>
    </message>
    <message>
        <source>%1 (no such page file)</source>
        <translation>%1 (sidefilen finnes ikke)</translation>
    </message>
    <message>
        <source>This page cannot be read: %1</source>
        <translation>Denne siden kan ikke leses: %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source> (not in the page order)</source>
        <translation> (ikke i siderekkefølgen)</translation>
    </message>
</context>
<context>
    <name>Designer::PlaceholderEditor</name>
    <message>
        <source>This editor is not part of this version of Altinn Designer yet. Until it is, you can read its files here and change them in another program: the designer notices the changes and reloads them.</source>
        <translation>Dette redigeringsverktøyet er ikke med i denne versjonen av Altinn Designer ennå. Inntil videre kan du lese filene her og endre dem i et annet program: Altinn Designer oppdager endringene og laster dem inn på nytt.</translation>
    </message>
    <message>
        <source>Its files in this app (select one to see its source):</source>
        <translation>Filene som hører til i denne appen (velg en fil for å se kildekoden):</translation>
    </message>
    <message>
        <source>Files of this editor</source>
        <translation>Filene til dette redigeringsverktøyet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Designer::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
</context>
<context>
    <name>Designer::ProblemsPanel</name>
    <message>
        <source>Show errors</source>
        <translation>Vis feil</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Vis advarsler</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Designer::PropertyPanel</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke angitt)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(standard: %1)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Select a component to see its properties.</source>
        <translation>Velg en komponent for å se egenskapene.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; is no longer on this page.</source>
        <translation>Komponenten &quot;%1&quot; er ikke lenger på denne siden.</translation>
    </message>
    <message>
        <source>The page %1 is not open.</source>
        <translation>Siden %1 er ikke åpen.</translation>
    </message>
    <message>
        <source>Expression for %1 of %2</source>
        <translation>Uttrykk for %1 i %2</translation>
    </message>
    <message>
        <source>The catalog does not know the type &quot;%1&quot;: its properties are shown as JSON and kept as they are.</source>
        <translation>Komponentkatalogen kjenner ikke typen &quot;%1&quot;: egenskapene vises som JSON og beholdes som de er.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Komponent-id</translation>
    </message>
    <message>
        <source>Unique in the layout set. Letters, digits and dashes; renaming updates every reference to it.</source>
        <translation>Unik i sidegruppen. Bokstaver, sifre og bindestreker; ved endring blir alle referanser til den oppdatert.</translation>
    </message>
    <message>
        <source>Id error</source>
        <translation>Feil i id-en</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Show fewer texts</source>
        <translation>Vis færre tekster</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more text(s)</source>
        <translation>
            <numerusform>Vis %n tekst til</numerusform>
            <numerusform>Vis %n tekster til</numerusform>
        </translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datamodell</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Oppførsel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Other properties (JSON)</source>
        <translation>Andre egenskaper (JSON)</translation>
    </message>
    <message>
        <source>Properties (JSON)</source>
        <translation>Egenskaper (JSON)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Name of the new property</source>
        <translation>Navn på den nye egenskapen</translation>
    </message>
    <message>
        <source>value (JSON, or plain text)</source>
        <translation>verdi (JSON eller vanlig tekst)</translation>
    </message>
    <message>
        <source>Value of the new property</source>
        <translation>Verdien til den nye egenskapen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>The component already has &quot;%1&quot;.</source>
        <translation>Komponenten har allerede &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Designer::SchemaTreeModel</name>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Designer::Session</name>
    <message>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1 ble endret av et annet program og er lastet inn på nytt.</translation>
    </message>
    <message>
        <source>%1 was removed by another program.</source>
        <translation>%1 ble fjernet av et annet program.</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>Angrehistorikken ble tømt.</translation>
    </message>
</context>
<context>
    <name>Designer::StartPage</name>
    <message>
        <source>Altinn Designer</source>
        <translation>Altinn Designer</translation>
    </message>
    <message>
        <source>Build Altinn 3 apps on your own computer, with or without a connection. The designer reads and writes the app&apos;s own files, the same ones Altinn Studio uses.</source>
        <translation>Lag Altinn 3-apper på din egen datamaskin, med eller uten nettilgang. Altinn Designer leser og skriver appens egne filer, de samme som Altinn Studio bruker.</translation>
    </message>
    <message>
        <source>Open an app folder...</source>
        <translation>Åpne en appmappe...</translation>
    </message>
    <message>
        <source>Create a new app...</source>
        <translation>Opprett en ny app...</translation>
    </message>
    <message>
        <source>Open the sample app</source>
        <translation>Åpne eksempelappen</translation>
    </message>
    <message>
        <source>An app repository you already have on disk, for example one cloned from Altinn Studio. Choose the folder that holds App/.</source>
        <translation>Et app-repo du allerede har på disken, for eksempel et du har klonet fra Altinn Studio. Velg mappen som inneholder App/.</translation>
    </message>
    <message>
        <source>A complete new app with one page, texts in Bokmål, Nynorsk and English, a process and access rules, ready to change.</source>
        <translation>En komplett ny app med én side, tekster på bokmål, nynorsk og engelsk, en prosess og tilgangsregler, klar til å endres.</translation>
    </message>
    <message>
        <source>&quot;Søknad om arrangementstillatelse&quot;: a small service with several pages, a repeating group, code lists and expressions, to look around in. It is copied to your documents folder, so changes do not matter.</source>
        <translation>&quot;Søknad om arrangementstillatelse&quot;: en liten tjeneste med flere sider, en repeterende gruppe, kodelister og uttrykk som du kan se deg rundt i. Den kopieres til dokumentmappen din, så det gjør ingenting om du endrer den.</translation>
    </message>
    <message>
        <source>Recent apps</source>
        <translation>Nylig brukte apper</translation>
    </message>
    <message>
        <source>No apps opened yet.</source>
        <translation>Ingen apper er åpnet ennå.</translation>
    </message>
</context>
<context>
    <name>Designer::TextBindingField</name>
    <message>
        <source>Compute this text with an expression</source>
        <translation>Beregn denne teksten med et uttrykk</translation>
    </message>
    <message>
        <source>Expression for the text %1</source>
        <translation>Uttrykk for teksten %1</translation>
    </message>
    <message>
        <source>Remove this text from the component</source>
        <translation>Fjern denne teksten fra komponenten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>%1: text key</source>
        <translation>%1: tekstnøkkel</translation>
    </message>
    <message>
        <source>The text key. Pick an existing key to reuse its texts, or type a new one.</source>
        <translation>Tekstnøkkelen. Velg en eksisterende nøkkel for å bruke tekstene på nytt, eller skriv inn en ny.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Use a text key</source>
        <translation>Bruk en tekstnøkkel</translation>
    </message>
    <message>
        <source>Change the text %1 of %2</source>
        <translation>Endre teksten %1 for %2</translation>
    </message>
    <message>
        <source>Use the text %1 for %2 of %3</source>
        <translation>Bruk teksten %1 som %2 for %3</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>new key: %1</source>
        <translation>ny nøkkel: %1</translation>
    </message>
    <message>
        <source>missing in this language</source>
        <translation>mangler på dette språket</translation>
    </message>
    <message>
        <source>The file has %1 here, which is not a text key.</source>
        <translation>Filen har %1 her, som ikke er en tekstnøkkel.</translation>
    </message>
    <message>
        <source>No text yet: type one below to create the key.</source>
        <translation>Ingen tekst ennå: skriv inn en nedenfor for å opprette nøkkelen.</translation>
    </message>
    <message>
        <source>The key is not in the app&apos;s texts yet.</source>
        <translation>Nøkkelen finnes ikke i tekstene til appen ennå.</translation>
    </message>
</context>
<context>
    <name>Designer::TextCellDelegate</name>
    <message>
        <source>Text of %1</source>
        <translation>Teksten for %1</translation>
    </message>
</context>
<context>
    <name>Designer::TextDetailPanel</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Endre nøkkel...</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Legg til variabel</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Fjern variabel</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Valgt nøkkel</translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation>Endre nøkkelen</translation>
    </message>
    <message>
        <source>Rename the key here and everywhere it is used (F2)</source>
        <translation>Endre nøkkelen her og alle steder den brukes (F2)</translation>
    </message>
    <message>
        <source>Markdown preview</source>
        <translation>Forhåndsvisning av markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Variables in:</source>
        <translation>&amp;Variabler på:</translation>
    </message>
    <message>
        <source>Language of the variables</source>
        <translation>Språket for variablene</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakilde</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Standardverdi</translation>
    </message>
    <message>
        <source>{0} in the text is the first variable, {1} the second...</source>
        <translation>{0} i teksten er den første variabelen, {1} den andre...</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Legg til en variabel</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Fjern den valgte variabelen</translation>
    </message>
    <message>
        <source>Where the key is used</source>
        <translation>Hvor nøkkelen brukes</translation>
    </message>
    <message>
        <source>Double-click to go there</source>
        <translation>Dobbeltklikk for å gå dit</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Brukt i</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Tekst på %1</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Ingen nøkkel er valgt</translation>
    </message>
    <message>
        <source>Not used anywhere in the app</source>
        <translation>Ikke brukt noe sted i appen</translation>
    </message>
    <message>
        <source>Used in (%1)</source>
        <translation>Brukt i (%1)</translation>
    </message>
    <message>
        <source>Missing in this language: type to add it</source>
        <translation>Mangler på dette språket: skriv for å legge den til</translation>
    </message>
    <message>
        <source>How %1 shows in the app (markdown):</source>
        <translation>Slik teksten på %1 vises i appen (markdown):</translation>
    </message>
    <message>
        <source>The key has no text in %1 yet: add the text first.</source>
        <translation>Nøkkelen har ingen tekst på %1 ennå: legg til teksten først.</translation>
    </message>
    <message>
        <source>No variables. {0} in the text is replaced by the first one you add.</source>
        <translation>Ingen variabler. {0} i teksten erstattes med den første du legger til.</translation>
    </message>
</context>
<context>
    <name>Designer::TextEditor</name>
    <message>
        <source>Texts and code lists</source>
        <translation>Tekster og kodelister</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Kodelister</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekning</translation>
    </message>
    <message>
        <source>Texts: keys and languages</source>
        <translation>Tekster: nøkler og språk</translation>
    </message>
    <message>
        <source>Text actions</source>
        <translation>Teksthandlinger</translation>
    </message>
    <message>
        <source>Languages shown</source>
        <translation>Viste språk</translation>
    </message>
    <message>
        <source>Languages shown in the table</source>
        <translation>Språk som vises i tabellen</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøkler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 av %n nøkkel</numerusform>
            <numerusform>%1 av %n nøkler</numerusform>
        </translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Legg til nøkkel</translation>
    </message>
    <message>
        <source>Add a text key (Insert)</source>
        <translation>Legg til en tekstnøkkel (Insert)</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Slett nøkkel</translation>
    </message>
    <message>
        <source>Delete the key in every language (Delete)</source>
        <translation>Slett nøkkelen på alle språk (Delete)</translation>
    </message>
    <message>
        <source>Rename key...</source>
        <translation>Endre nøkkel...</translation>
    </message>
    <message>
        <source>Rename the key everywhere it is used (F2 on the key)</source>
        <translation>Endre nøkkelen alle steder den brukes (F2 på nøkkelen)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Edit the text of the cell (Enter or F2)</source>
        <translation>Rediger teksten i cellen (Enter eller F2)</translation>
    </message>
    <message>
        <source>Add language...</source>
        <translation>Legg til språk...</translation>
    </message>
    <message>
        <source>Add a language to the app (Ctrl+Shift+L)</source>
        <translation>Legg til et språk i appen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Remove language...</source>
        <translation>Fjern språk...</translation>
    </message>
    <message>
        <source>Remove a language and its texts from the app</source>
        <translation>Fjern et språk og tekstene på det fra appen</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Import translations from an XLIFF or CSV file</source>
        <translation>Importer oversettelser fra en XLIFF- eller CSV-fil</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Eksporter...</translation>
    </message>
    <message>
        <source>Export the texts as XLIFF or CSV</source>
        <translation>Eksporter tekstene som XLIFF eller CSV</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Go to the filter (Ctrl+F)</source>
        <translation>Gå til filteret (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... og %n til</numerusform>
            <numerusform>... og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a text in use</source>
        <translation>Slett en tekst som er i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used in %n place(s):</source>
        <translation>
            <numerusform>%1 er brukt på %n sted:</numerusform>
            <numerusform>%1 er brukt på %n steder:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? Those places will show the key instead of a text (the Problems panel lists them).</source>
        <translation>Vil du slette den likevel? Disse stedene vil da vise nøkkelen i stedet for en tekst (panelet Problemer viser dem).</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Slett likevel</translation>
    </message>
    <message>
        <source>Remove a language</source>
        <translation>Fjern et språk</translation>
    </message>
    <message>
        <source>Language to remove:</source>
        <translation>Språk som skal fjernes:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the app? Its %n text(s) are deleted with %2.</source>
        <translation>
            <numerusform>Vil du fjerne %1 fra appen? %n tekst på dette språket blir slettet sammen med %2.</numerusform>
            <numerusform>Vil du fjerne %1 fra appen? %n tekster på dette språket blir slettet sammen med %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you close the app.</source>
        <translation>Du kan angre dette fram til du lukker appen.</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Fjern språk</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Importer tekster</translation>
    </message>
    <message>
        <source>Translations (*.xlf *.xliff *.csv);;All files (*)</source>
        <translation>Oversettelser (*.xlf *.xliff *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Export texts</source>
        <translation>Eksporter tekster</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (*.xlf *.xliff)</source>
        <translation>XLIFF 2.0 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message>
        <source>No app is open.</source>
        <translation>Ingen app er åpen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Filter keys and texts (Ctrl+F)</source>
        <translation>Filtrer nøkler og tekster (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter in</source>
        <translation>Filtrer i</translation>
    </message>
    <message>
        <source>Keys and texts</source>
        <translation>Nøkler og tekster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Nøkler</translation>
    </message>
    <message>
        <source>Only &amp;missing</source>
        <translation>Bare &amp;manglende</translation>
    </message>
    <message>
        <source>Keys missing or empty in a language shown</source>
        <translation>Nøkler som mangler eller er tomme på et av språkene som vises</translation>
    </message>
    <message>
        <source>Only &amp;unused</source>
        <translation>Bare &amp;ubrukte</translation>
    </message>
    <message>
        <source>Keys no page, code list, setting or process uses</source>
        <translation>Nøkler som ingen side, kodeliste, innstilling eller prosess bruker</translation>
    </message>
    <message>
        <source>Used on &amp;page:</source>
        <translation>Brukt på &amp;siden:</translation>
    </message>
    <message>
        <source>Only the keys a page uses</source>
        <translation>Bare nøklene som en side bruker</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Keys shown</source>
        <translation>Viste nøkler</translation>
    </message>
    <message>
        <source>Languages shown (%1 of %2)</source>
        <translation>Viste språk (%1 av %2)</translation>
    </message>
</context>
<context>
    <name>Designer::TextField</name>
    <message>
        <source>Use a fixed value</source>
        <translation>Bruk en fast verdi</translation>
    </message>
    <message>
        <source>Replace the expression by a fixed value</source>
        <translation>Erstatt uttrykket med en fast verdi</translation>
    </message>
    <message>
        <source>Compute the value with an expression</source>
        <translation>Beregn verdien med et uttrykk</translation>
    </message>
    <message>
        <source>Expression for %1</source>
        <translation>Uttrykk for %1</translation>
    </message>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern fra komponenten (bruk standardverdien)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; er ikke et tall.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
</context>
<context>
    <name>Designer::TextKeyDialog</name>
    <message>
        <source>Rename text key</source>
        <translation>Endre tekstnøkkel</translation>
    </message>
    <message>
        <source>Add text key</source>
        <translation>Legg til tekstnøkkel</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Nåværende nøkkel:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Ny nøkkel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>page.component.title</source>
        <translation>page.component.title</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Ny nøkkel:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nøkkel:</translation>
    </message>
    <message>
        <source>No place of the app uses this key.</source>
        <translation>Ingen steder i appen bruker denne nøkkelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that use the key will be updated.</source>
        <translation>
            <numerusform>%n sted som bruker nøkkelen, blir oppdatert.</numerusform>
            <numerusform>%n steder som bruker nøkkelen, blir oppdatert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in C# code are not changed.</source>
        <translation>
            <numerusform>%n sted i C#-kode blir ikke endret.</numerusform>
            <numerusform>%n steder i C#-kode blir ikke endret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problem med nøkkelen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Skriv inn den nye nøkkelen.</translation>
    </message>
</context>
<context>
    <name>Designer::TextTableModel</name>
    <message>
        <source>%1
Not used anywhere in the app</source>
        <translation>%1
Ikke brukt noe sted i appen</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used in %n place(s)</source>
        <translation>
            <numerusform>%1
Brukt på %n sted</numerusform>
            <numerusform>%1
Brukt på %n steder</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>The %1 texts have no %2</source>
        <translation>Tekstene på %1 har ikke %2</translation>
    </message>
    <message>
        <source>Empty in %1</source>
        <translation>Tom på %1</translation>
    </message>
    <message>
        <source>Identical to the %1 text: not translated yet?</source>
        <translation>Lik teksten på %1: ikke oversatt ennå?</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 cannot be changed until its error is fixed: %2</source>
        <translation>%1 kan ikke endres før feilen i filen er rettet: %2</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Endre id fra %1 til %2</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on the page %2</source>
        <translation>Det finnes ingen komponent &quot;%1&quot; på siden %2</translation>
    </message>
    <message>
        <source>The new id is the same as the old one</source>
        <translation>Den nye id-en er den samme som den gamle</translation>
    </message>
    <message>
        <source>The file %1 is not part of the app</source>
        <translation>Filen %1 hører ikke til appen</translation>
    </message>
    <message>
        <source>%1 cannot be changed until its error is fixed</source>
        <translation>%1 kan ikke endres før feilen i filen er rettet</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot;</source>
        <translation>Appen har ingen tekster på språket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change the text %1</source>
        <translation>Endre teksten %1</translation>
    </message>
    <message>
        <source>Delete the text %1</source>
        <translation>Slett teksten %1</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 er ikke en tekstfil</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Endre %1 for %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Fjern %1 fra %2</translation>
    </message>
    <message>
        <source>There is no element &quot;%1&quot; in %2</source>
        <translation>Det finnes ikke noe element &quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>The id of a component is changed with its own edit, which also updates the references to it</source>
        <translation>Id-en til en komponent endres med en egen redigering, som også oppdaterer referansene til komponenten</translation>
    </message>
    <message>
        <source>A component needs an id</source>
        <translation>En komponent må ha en id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid component id: use letters, digits and dashes, start with a letter or digit, and do not end with a dash followed by 1 to 5 digits (that is kept for repeating-group rows)</source>
        <translation>&quot;%1&quot; er ikke en gyldig komponent-id: bruk bokstaver, sifre og bindestreker, start med en bokstav eller et siffer, og ikke avslutt med bindestrek fulgt av 1 til 5 sifre (det er reservert for rader i repeterende grupper)</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used on the page &quot;%2&quot;</source>
        <translation>Id-en &quot;%1&quot; er allerede brukt på siden &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Legg til %1 %2</translation>
    </message>
    <message>
        <source>%1 is not a layout page</source>
        <translation>%1 er ikke en skjemaside</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytt %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Opprett %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <source>%1 is no longer part of the app</source>
        <translation>%1 hører ikke lenger til appen</translation>
    </message>
    <message>
        <source>Rewrite %1</source>
        <translation>Skriv %1 på nytt</translation>
    </message>
    <message>
        <source>%1 has changed since this edit was made</source>
        <translation>%1 er endret siden denne redigeringen ble gjort</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot be changed: %2</source>
        <translation>Typen til &quot;%1&quot; kan ikke endres: %2</translation>
    </message>
    <message>
        <source>it is of the type %1 already</source>
        <translation>den er allerede av typen %1</translation>
    </message>
    <message>
        <source>the designer does not know the component type &quot;%1&quot;</source>
        <translation>Altinn Designer kjenner ikke komponenttypen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made by the app itself and cannot be added by hand</source>
        <translation>&quot;%1&quot; lages av appen selv og kan ikke legges til manuelt</translation>
    </message>
    <message>
        <source>it holds components (&quot;%1&quot;), and a component of the type %2 keeps its components in another place; move them out first</source>
        <translation>den inneholder komponenter (&quot;%1&quot;), og en komponent av typen %2 har komponentene sine et annet sted; flytt dem ut først</translation>
    </message>
    <message>
        <source>it holds components (&quot;%1&quot;), and a component of the type %2 cannot hold any; move them out first</source>
        <translation>den inneholder komponenter (&quot;%1&quot;), og en komponent av typen %2 kan ikke inneholde komponenter; flytt dem ut først</translation>
    </message>
    <message>
        <source>Change the type of %1 to %2</source>
        <translation>Endre typen for %1 til %2</translation>
    </message>
    <message>
        <source>The clipboard does not hold components the designer can paste: %1</source>
        <translation>Utklippstavlen inneholder ikke komponenter som Altinn Designer kan lime inn: %1</translation>
    </message>
    <message>
        <source>%1 is not a layout page that can be read</source>
        <translation>%1 er ikke en skjemaside som kan leses</translation>
    </message>
    <message>
        <source>it is not in the designer&apos;s format</source>
        <translation>innholdet er ikke i formatet til Altinn Designer</translation>
    </message>
    <message>
        <source>it was written by a newer version of the designer</source>
        <translation>innholdet ble skrevet av en nyere versjon av Altinn Designer</translation>
    </message>
    <message>
        <source>a component has no id</source>
        <translation>en komponent mangler id</translation>
    </message>
    <message>
        <source>the component &quot;%1&quot; is missing</source>
        <translation>komponenten &quot;%1&quot; mangler</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 er ikke gyldig JSON</translation>
    </message>
    <message>
        <source>The edit has not been applied</source>
        <translation>Endringen er ikke utført</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>The page order in %1 lists the page</source>
        <translation>Siderekkefølgen i %1 inneholder siden</translation>
    </message>
    <message>
        <source>%1 leaves the page out of the PDF</source>
        <translation>%1 utelater siden fra PDF-en</translation>
    </message>
    <message>
        <source>%1 uses the page as the PDF layout</source>
        <translation>%1 bruker siden som PDF-oppsett</translation>
    </message>
    <message>
        <source>The summary %1 shows the page</source>
        <translation>Oppsummeringen %1 viser siden</translation>
    </message>
    <message>
        <source>The summary %1 has a setting for the page</source>
        <translation>Oppsummeringen %1 har en innstilling for siden</translation>
    </message>
    <message>
        <source>The button %1 navigates to the page</source>
        <translation>Knappen %1 navigerer til siden</translation>
    </message>
    <message>
        <source>An expression of %1 links to the page</source>
        <translation>Et uttrykk i %1 lenker til siden</translation>
    </message>
    <message>
        <source>The summary %1 names the page</source>
        <translation>Oppsummeringen %1 viser til siden ved navn</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; as a child</source>
        <translation>%1 har &quot;%2&quot; som underkomponent</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; in its table or summary</source>
        <translation>%1 har &quot;%2&quot; i tabellen eller oppsummeringen sin</translation>
    </message>
    <message>
        <source>%1 has a table column setting for &quot;%2&quot;</source>
        <translation>%1 har en kolonneinnstilling for &quot;%2&quot; i tabellen</translation>
    </message>
    <message>
        <source>The summary %1 shows &quot;%2&quot;</source>
        <translation>Oppsummeringen %1 viser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The summary %1 has a setting for &quot;%2&quot;</source>
        <translation>Oppsummeringen %1 har en innstilling for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A cell of %1 shows &quot;%2&quot;</source>
        <translation>En celle i %1 viser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A card of %1 shows &quot;%2&quot; as its media</source>
        <translation>Et kort i %1 viser &quot;%2&quot; som media</translation>
    </message>
    <message>
        <source>An expression of %1 reads &quot;%2&quot;</source>
        <translation>Et uttrykk i %1 leser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 leaves &quot;%2&quot; out of the PDF</source>
        <translation>%1 utelater &quot;%2&quot; fra PDF-en</translation>
    </message>
    <message>
        <source>Components move only between pages of the same layout set; copy and paste them into another set</source>
        <translation>Komponenter kan bare flyttes mellom sider i samme sidegruppe; kopier og lim dem inn i en annen sidegruppe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved into itself or into a component it contains</source>
        <translation>&quot;%1&quot; kan ikke flyttes inn i seg selv eller inn i en komponent den inneholder</translation>
    </message>
    <message>
        <source>The page %1 already has a component &quot;%2&quot;</source>
        <translation>Siden %1 har allerede en komponent &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Delete the page %1</source>
        <translation>Slett siden %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only page of the layout set &quot;%2&quot;; a layout set needs at least one page</source>
        <translation>&quot;%1&quot; er den eneste siden i sidegruppen &quot;%2&quot;; en sidegruppe må ha minst én side</translation>
    </message>
    <message>
        <source>The app has no layout set &quot;%1&quot;</source>
        <translation>Appen har ingen sidegruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no page &quot;%2&quot;</source>
        <translation>Sidegruppen &quot;%1&quot; har ingen side &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A page needs a name</source>
        <translation>En side må ha et navn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid page name: use at most 128 letters (a-z, A-Z), digits, &quot;_&quot; and &quot;-&quot;</source>
        <translation>&quot;%1&quot; er ikke et gyldig sidenavn: bruk høyst 128 tegn: bokstaver (a-z, A-Z), sifre, &quot;_&quot; og &quot;-&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; already has a page &quot;%2&quot;</source>
        <translation>Sidegruppen &quot;%1&quot; har allerede en side &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add the page %1</source>
        <translation>Legg til siden %1</translation>
    </message>
    <message>
        <source>Rename the page %1 to %2</source>
        <translation>Endre navnet på siden %1 til %2</translation>
    </message>
    <message>
        <source>The new name must differ from the old one by more than upper and lower case</source>
        <translation>Det nye navnet må skille seg fra det gamle med mer enn store og små bokstaver</translation>
    </message>
    <message>
        <source>Move the page %1</source>
        <translation>Flytt siden %1</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no Settings.json with a page order</source>
        <translation>Sidegruppen &quot;%1&quot; har ingen Settings.json med siderekkefølge</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is not in the page order</source>
        <translation>Siden &quot;%1&quot; står ikke i siderekkefølgen</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no page group number %2</source>
        <translation>Sidegruppen &quot;%1&quot; har ingen gruppe nummer %2 i pages.groups</translation>
    </message>
    <message>
        <source>Duplicate the page %1 as %2</source>
        <translation>Dupliser siden %1 som %2</translation>
    </message>
    <message>
        <source>%1 cannot be copied until its error is fixed</source>
        <translation>%1 kan ikke kopieres før feilen i filen er rettet</translation>
    </message>
    <message>
        <source>This app&apos;s frontend calls &quot;%1&quot; &quot;%2&quot;; the pasted components use that name</source>
        <translation>Frontenden til denne appen kaller &quot;%1&quot; for &quot;%2&quot;; komponentene som limes inn, bruker det navnet</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; means something else in this app; the pasted components use &quot;%2&quot;</source>
        <translation>Teksten &quot;%1&quot; betyr noe annet i denne appen; komponentene som limes inn, bruker &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot;; texts in that language were not pasted</source>
        <translation>Appen har ingen tekster på språket &quot;%1&quot;; tekster på det språket ble ikke limt inn</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; is different in this app; the pasted components use &quot;%2&quot;</source>
        <translation>Kodelisten &quot;%1&quot; er annerledes i denne appen; komponentene som limes inn, bruker &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added the code list &quot;%1&quot;</source>
        <translation>La til kodelisten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is nothing to paste</source>
        <translation>Det er ingenting å lime inn</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken; the pasted component is &quot;%2&quot;</source>
        <translation>Id-en &quot;%1&quot; er opptatt; komponenten som limes inn, får id-en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Lim inn %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n components</source>
        <translation>
            <numerusform>Lim inn %n komponent</numerusform>
            <numerusform>Lim inn %n komponenter</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliser %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 to put components in</source>
        <translation>&quot;%1&quot; har ingen %2 å plassere komponenter i</translation>
    </message>
    <message>
        <source>Components are placed in a Grid through its cells; &quot;%1&quot; takes no children here</source>
        <translation>Komponenter plasseres i en Grid gjennom cellene; &quot;%1&quot; tar ikke imot underkomponenter her</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot contain other components</source>
        <translation>&quot;%1&quot; (%2) kan ikke inneholde andre komponenter</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on the page</source>
        <translation>Det finnes ingen komponent &quot;%1&quot; på siden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tab or card number %2</source>
        <translation>&quot;%1&quot; har ingen fane eller kort nummer %2</translation>
    </message>
    <message>
        <source>There is no code list &quot;%1&quot;</source>
        <translation>Det finnes ingen kodeliste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A code list needs an id</source>
        <translation>En kodeliste må ha en id</translation>
    </message>
    <message>
        <source>Leave out &quot;.json&quot;: the id of a code list is its file name without it</source>
        <translation>Utelat &quot;.json&quot;: id-en til en kodeliste er filnavnet uten denne endelsen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it must not contain spaces</source>
        <translation>&quot;%1&quot; er ikke en gyldig kodeliste-id: id-en kan ikke inneholde mellomrom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it must not contain slashes</source>
        <translation>&quot;%1&quot; er ikke en gyldig kodeliste-id: id-en kan ikke inneholde skråstreker</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it cannot be a file name (no leading &quot;.&quot;, nor any of : * ? &quot; &lt; &gt; |)</source>
        <translation>&quot;%1&quot; er ikke en gyldig kodeliste-id: id-en kan ikke brukes som filnavn (ingen &quot;.&quot; først, og ingen av tegnene : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <source>A code list id has at most 200 characters</source>
        <translation>En kodeliste-id kan ha høyst 200 tegn</translation>
    </message>
    <message>
        <source>The app already has a code list &quot;%1&quot;</source>
        <translation>Appen har allerede en kodeliste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add the code list &quot;%1&quot;</source>
        <translation>Legg til kodelisten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A row of a code list is an object such as {&quot;value&quot;: &quot;a&quot;, &quot;label&quot;: &quot;A&quot;}</source>
        <translation>En rad i en kodeliste er et objekt, for eksempel {&quot;value&quot;: &quot;a&quot;, &quot;label&quot;: &quot;A&quot;}</translation>
    </message>
    <message>
        <source>Rename the code list &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Endre id for kodelisten &quot;%1&quot; til &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The code list is already called &quot;%1&quot;</source>
        <translation>Kodelisten har allerede id-en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new id must differ from the old one by more than upper and lower case</source>
        <translation>Den nye id-en må skille seg fra den gamle med mer enn store og små bokstaver</translation>
    </message>
    <message>
        <source>Delete the code list &quot;%1&quot;</source>
        <translation>Slett kodelisten &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; cannot be deleted while it is used:
%2</source>
        <translation>Kodelisten &quot;%1&quot; kan ikke slettes så lenge den er i bruk:
%2</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; is not a list of options</source>
        <translation>Kodelisten &quot;%1&quot; er ikke en liste med alternativer</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; has no row %2</source>
        <translation>Kodelisten &quot;%1&quot; har ingen rad %2</translation>
    </message>
    <message>
        <source>Row %1 of the code list &quot;%2&quot; is not an object</source>
        <translation>Rad %1 i kodelisten &quot;%2&quot; er ikke et objekt</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>verdien</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>ledeteksten</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>beskrivelsen</translation>
    </message>
    <message>
        <source>the help text</source>
        <translation>hjelpeteksten</translation>
    </message>
    <message>
        <source>Change %1 of row %2 of the code list &quot;%3&quot;</source>
        <translation>Endre %1 i rad %2 i kodelisten &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Remove %1 of row %2 of the code list &quot;%3&quot;</source>
        <translation>Fjern %1 i rad %2 i kodelisten &quot;%3&quot;</translation>
    </message>
    <message>
        <source>A row of a code list needs a value</source>
        <translation>En rad i en kodeliste må ha en verdi</translation>
    </message>
    <message>
        <source>A code list value is a string, a number or a boolean</source>
        <translation>En verdi i en kodeliste må være en streng, et tall eller en boolsk verdi</translation>
    </message>
    <message>
        <source>The %1 of a code list row is a text or a text key</source>
        <translation>Egenskapen %1 i en rad i en kodeliste må være en tekst eller en tekstnøkkel</translation>
    </message>
    <message>
        <source>Add a row to the code list &quot;%1&quot;</source>
        <translation>Legg til en rad i kodelisten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove row %1 of the code list &quot;%2&quot;</source>
        <translation>Fjern rad %1 i kodelisten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Move row %1 of the code list &quot;%2&quot; to %3</source>
        <translation>Flytt rad %1 i kodelisten &quot;%2&quot; til %3</translation>
    </message>
    <message>
        <source>The row is already there</source>
        <translation>Raden er allerede der</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code (two lowercase letters, such as nb, nn or en)</source>
        <translation>&quot;%1&quot; er ikke en ISO 639-1-språkkode (to små bokstaver, for eksempel nb, nn eller en)</translation>
    </message>
    <message>
        <source>The app already has texts in %1</source>
        <translation>Appen har allerede tekster på %1</translation>
    </message>
    <message>
        <source>The text file is not a JSON object</source>
        <translation>Tekstfilen er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>Add the language %1</source>
        <translation>Legg til språket %1</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot; to copy</source>
        <translation>Appen har ingen tekster på språket &quot;%1&quot; som kan kopieres</translation>
    </message>
    <message>
        <source>%1 cannot be read, so its texts cannot be copied</source>
        <translation>%1 kan ikke leses, så tekstene i filen kan ikke kopieres</translation>
    </message>
    <message>
        <source>Remove the language %1</source>
        <translation>Fjern språket %1</translation>
    </message>
    <message>
        <source>%1 is the app&apos;s only language; an app needs texts in at least one</source>
        <translation>%1 er det eneste språket i appen; en app må ha tekster på minst ett språk</translation>
    </message>
    <message>
        <source>A text key cannot be empty</source>
        <translation>En tekstnøkkel kan ikke være tom</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; contains whitespace; keys are written without spaces</source>
        <translation>Tekstnøkkelen &quot;%1&quot; inneholder blanktegn; nøkler skrives uten mellomrom</translation>
    </message>
    <message>
        <source>The text key &quot;%1…&quot; is %2 characters long; at most 255 are allowed</source>
        <translation>Tekstnøkkelen &quot;%1…&quot; er %2 tegn lang; høyst 255 tegn er tillatt</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; already exists (%2)</source>
        <translation>Tekstnøkkelen &quot;%1&quot; finnes allerede (%2)</translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation>Legg til teksten %1</translation>
    </message>
    <message>
        <source>The app has no text files; add a language first</source>
        <translation>Appen har ingen tekstfiler; legg til et språk først</translation>
    </message>
    <message>
        <source>The app has no text &quot;%1&quot;</source>
        <translation>Appen har ingen tekst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is the app&apos;s name, which the platform reads; it cannot be deleted</source>
        <translation>Teksten &quot;%1&quot; er navnet på appen, som plattformen leser; teksten kan ikke slettes</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is used in %2 places and is not deleted: %3</source>
        <translation>Teksten &quot;%1&quot; er brukt på %2 steder og blir ikke slettet: %3</translation>
    </message>
    <message>
        <source>Rename the text %1 to %2</source>
        <translation>Endre nøkkelen %1 til %2</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; already has that key</source>
        <translation>Teksten &quot;%1&quot; har allerede den nøkkelen</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is read by the platform under this key and cannot be renamed</source>
        <translation>Teksten &quot;%1&quot; leses av plattformen med denne nøkkelen, så nøkkelen kan ikke endres</translation>
    </message>
    <message>
        <source>%1 no longer names the text &quot;%2&quot;</source>
        <translation>%1 viser ikke lenger til teksten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The PDF file name key of the process cannot be changed here</source>
        <translation>Nøkkelen for PDF-filnavnet i prosessen kan ikke endres her</translation>
    </message>
    <message>
        <source>Change the variables of the text %1 (%2)</source>
        <translation>Endre variablene for teksten %1 (%2)</translation>
    </message>
    <message>
        <source>Every variable needs a key and a data source</source>
        <translation>Alle variabler må ha en nøkkel og en datakilde</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is not in %2</source>
        <translation>Teksten &quot;%1&quot; finnes ikke i %2</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot;</source>
        <translation>på siden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot; (%2)</source>
        <translation>på siden &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>A page expression %1</source>
        <translation>Et sideuttrykk %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <comment>component type and id</comment>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The options of %1 %2</source>
        <translation>Alternativene til %1 %2</translation>
    </message>
    <message>
        <source>An optionLabel expression of %1 %2</source>
        <translation>Et optionLabel-uttrykk i %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; er ikke et tall</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean: write true or false</source>
        <translation>&quot;%1&quot; er ikke en boolsk verdi: skriv true eller false</translation>
    </message>
</context>
<context>
    <name>Expressions</name>
    <message>
        <source>Expected argument to be %1, got %2</source>
        <translation>Forventet argument av typen %1, fikk %2</translation>
    </message>
    <message>
        <source>Expected %1, got value %2</source>
        <translation>Forventet %1, fikk verdien %2</translation>
    </message>
    <message>
        <source>Missing function name in expression</source>
        <translation>Funksjonsnavn mangler i uttrykket</translation>
    </message>
    <message>
        <source>Function name in expression should be string</source>
        <translation>Funksjonsnavnet i uttrykket må være en streng</translation>
    </message>
    <message>
        <source>Invalid type &quot;object&quot; (build objects with the &quot;object&quot; function)</source>
        <translation>Ugyldig type &quot;object&quot; (bygg objekter med funksjonen &quot;object&quot;)</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented; did you mean &quot;%2&quot;?</source>
        <translation>Funksjonen &quot;%1&quot; er ikke implementert; mente du &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Funksjonen &quot;%1&quot; er ikke implementert</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; is only available in conditions on process gateway flows</source>
        <translation>Funksjonen &quot;%1&quot; er bare tilgjengelig i betingelser på flyter fra gatewayer i prosessen</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; is not available in process gateway conditions, which the server evaluates</source>
        <translation>Funksjonen &quot;%1&quot; er ikke tilgjengelig i betingelser på gatewayer i prosessen, siden de evalueres på serveren</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2</source>
        <translation>Forventet %1 argument(er), fikk %2</translation>
    </message>
    <message>
        <source>The %1 cannot be null</source>
        <translation>Argumentet &quot;%1&quot; kan ikke være null</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; expected one of: %3</source>
        <translation>Ukjent verdi &quot;%2&quot; for &quot;%1&quot;; forventet én av: %3</translation>
    </message>
    <message>
        <source>The %1 must be a string (expressions cannot be used here)</source>
        <translation>Argumentet &quot;%1&quot; må være en streng (uttrykk kan ikke brukes her)</translation>
    </message>
    <message>
        <source>Expected third argument to be &quot;else&quot;</source>
        <translation>Forventet at tredje argument er &quot;else&quot;</translation>
    </message>
    <message>
        <source>Expected either 2 arguments (if) or 4 (if + else), got %1</source>
        <translation>Forventet enten 2 argumenter (if) eller 4 (if + else), fikk %1</translation>
    </message>
    <message>
        <source>Second argument must be &quot;not&quot; when providing 4 arguments in total</source>
        <translation>Andre argument må være &quot;not&quot; når det er 4 argumenter totalt</translation>
    </message>
    <message>
        <source>Invalid operator (it cannot be an expression or null)</source>
        <translation>Ugyldig operator (operatoren kan ikke være et uttrykk eller null)</translation>
    </message>
    <message>
        <source>Invalid operator &quot;%1&quot;, valid operators are %2</source>
        <translation>Ugyldig operator &quot;%1&quot;; gyldige operatorer er %2</translation>
    </message>
    <message>
        <source>The object function must have an even number of arguments</source>
        <translation>Funksjonen &quot;object&quot; må ha et like antall argumenter</translation>
    </message>
    <message>
        <source>Object keys must be unique</source>
        <translation>Objektnøkler må være unike</translation>
    </message>
    <message>
        <source>Object keys must be strings</source>
        <translation>Objektnøkler må være strenger</translation>
    </message>
    <message>
        <source>Expected the result to be %1, but the function &quot;%2&quot; gives %3</source>
        <translation>Forventet at resultatet er %1, men funksjonen &quot;%2&quot; gir %3</translation>
    </message>
    <message>
        <source>&quot;else&quot;</source>
        <translation>else</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>betingelse</translation>
    </message>
    <message>
        <source>value if true</source>
        <translation>verdi hvis sant</translation>
    </message>
    <message>
        <source>value otherwise</source>
        <translation>verdi ellers</translation>
    </message>
    <message>
        <source>The second argument when the condition is true, otherwise the value after &quot;else&quot; (or null).</source>
        <translation>Det andre argumentet når betingelsen er sann, ellers verdien etter &quot;else&quot; (eller null).</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>første verdi</translation>
    </message>
    <message>
        <source>second value</source>
        <translation>andre verdi</translation>
    </message>
    <message>
        <source>True when both values are the same once turned into text.</source>
        <translation>Sann når begge verdiene er like når de gjøres om til tekst.</translation>
    </message>
    <message>
        <source>True when the two values differ once turned into text.</source>
        <translation>Sann når de to verdiene er ulike når de gjøres om til tekst.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>Turns true into false, and false or null into true.</source>
        <translation>Gjør true om til false, og false eller null om til true.</translation>
    </message>
    <message>
        <source>True when every argument is true; null counts as false.</source>
        <translation>Sann når alle argumentene er sanne; null regnes som usann.</translation>
    </message>
    <message>
        <source>True when any argument is true; null counts as false.</source>
        <translation>Sann når minst ett argument er sant; null regnes som usann.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>Compares two values with a named operator (equals, lessThan, isBefore...), negated when &quot;not&quot; comes before it.</source>
        <translation>Sammenligner to verdier med en navngitt operator (equals, lessThan, isBefore...), negert når &quot;not&quot; står foran operatoren.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>first number</source>
        <translation>første tall</translation>
    </message>
    <message>
        <source>second number</source>
        <translation>andre tall</translation>
    </message>
    <message>
        <source>True when the first number is larger; false when either is null.</source>
        <translation>Sann når det første tallet er større enn det andre; usann når ett av dem er null.</translation>
    </message>
    <message>
        <source>True when the first number is larger or equal; false if either is null.</source>
        <translation>Sann når det første tallet er minst like stort som det andre; usann hvis ett av dem er null.</translation>
    </message>
    <message>
        <source>True when the first number is smaller; false when either is null.</source>
        <translation>Sann når det første tallet er mindre enn det andre; usann når ett av dem er null.</translation>
    </message>
    <message>
        <source>True when the first number is smaller or equal; false if either is null.</source>
        <translation>Sann når det første tallet er høyst like stort som det andre; usann hvis ett av dem er null.</translation>
    </message>
    <message>
        <source>Adds numbers without rounding errors; null counts as 0.</source>
        <translation>Legger sammen tall uten avrundingsfeil; null regnes som 0.</translation>
    </message>
    <message>
        <source>Subtracts the second number from the first; null counts as 0.</source>
        <translation>Trekker det andre tallet fra det første; null regnes som 0.</translation>
    </message>
    <message>
        <source>Multiplies numbers without rounding errors; null counts as 0.</source>
        <translation>Multipliserer tall uten avrundingsfeil; null regnes som 0.</translation>
    </message>
    <message>
        <source>Divides the first number by the second; dividing by 0 is an error.</source>
        <translation>Deler det første tallet på det andre; deling på 0 gir feil.</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>desimaler</translation>
    </message>
    <message>
        <source>Rounds a number to a count of decimals (0 when left out), as text.</source>
        <translation>Runder av et tall til et gitt antall desimaler (0 hvis det utelates), som tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>search</source>
        <translation>søketekst</translation>
    </message>
    <message>
        <source>Joins its arguments into one text; null adds nothing.</source>
        <translation>Slår sammen argumentene til én tekst; null legger ikke til noe.</translation>
    </message>
    <message>
        <source>True when the text contains the search; false when either is null.</source>
        <translation>Sann når teksten inneholder søketeksten; usann når en av dem er null.</translation>
    </message>
    <message>
        <source>True when the text lacks the search; true when either is null.</source>
        <translation>Sann når teksten ikke inneholder søketeksten; også sann når en av dem er null.</translation>
    </message>
    <message>
        <source>True when the text begins with the search.</source>
        <translation>Sann når teksten begynner med søketeksten.</translation>
    </message>
    <message>
        <source>True when the text ends with the search.</source>
        <translation>Sann når teksten slutter med søketeksten.</translation>
    </message>
    <message>
        <source>True when one of the comma-separated, trimmed items equals the search.</source>
        <translation>Sann når ett av de kommaseparerte elementene, uten mellomrom i endene, er likt søketeksten.</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>erstatning</translation>
    </message>
    <message>
        <source>Replaces every occurrence of the search in the text.</source>
        <translation>Erstatter alle forekomster av søketeksten i teksten.</translation>
    </message>
    <message>
        <source>Number of characters in the text; null gives 0.</source>
        <translation>Antall tegn i teksten; null gir 0.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slutt</translation>
    </message>
    <message>
        <source>The text between two positions; negative ones count from the end.</source>
        <translation>Teksten mellom to posisjoner; negative posisjoner telles fra slutten.</translation>
    </message>
    <message>
        <source>Position of the first occurrence of the search, or null.</source>
        <translation>Posisjonen til den første forekomsten av søketeksten, eller null.</translation>
    </message>
    <message>
        <source>The text in lower case.</source>
        <translation>Teksten med små bokstaver.</translation>
    </message>
    <message>
        <source>The text in upper case.</source>
        <translation>Teksten med store bokstaver.</translation>
    </message>
    <message>
        <source>The text with its first character in lower case.</source>
        <translation>Teksten med liten forbokstav.</translation>
    </message>
    <message>
        <source>The text with its first character in upper case.</source>
        <translation>Teksten med stor forbokstav.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Writes an ISO date for the user&apos;s language, or in a given pattern.</source>
        <translation>Skriver en ISO-dato i formatet for brukerens språk, eller etter et gitt mønster.</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>komponent-id</translation>
    </message>
    <message>
        <source>data model path</source>
        <translation>sti i datamodellen</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>datatype</translation>
    </message>
    <message>
        <source>Reads a field of the form data; in a repeating group the path follows the current row.</source>
        <translation>Leser et felt i skjemadataene; i en repeterende gruppe følger stien gjeldende rad.</translation>
    </message>
    <message>
        <source>The value a component is bound to; null while the component is hidden.</source>
        <translation>Verdien en komponent er knyttet til; null så lenge komponenten er skjult.</translation>
    </message>
    <message>
        <source>The text a component shows for its value, such as an option&apos;s label.</source>
        <translation>Teksten en komponent viser for verdien sin, for eksempel ledeteksten til et alternativ.</translation>
    </message>
    <message>
        <source>How many data elements of a data type the instance has.</source>
        <translation>Hvor mange dataelementer av en datatype instansen har.</translation>
    </message>
    <message>
        <source>external API id</source>
        <translation>id for eksternt API</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>Reads a value from the response of an external API.</source>
        <translation>Leser en verdi fra svaret fra et eksternt API.</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>A positional argument given to the expression, such as the field a validation condition runs for.</source>
        <translation>Et posisjonsargument som sendes til uttrykket, for eksempel feltet en valideringsbetingelse kjøres for.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nøkkel</translation>
    </message>
    <message>
        <source>A named value given to the expression, such as the option an optionFilter looks at.</source>
        <translation>En navngitt verdi som sendes til uttrykket, for eksempel alternativet et optionFilter ser på.</translation>
    </message>
    <message>
        <source>instance context property</source>
        <translation>egenskap i instanskonteksten</translation>
    </message>
    <message>
        <source>A property of the current instance, such as its id or owner.</source>
        <translation>En egenskap ved gjeldende instans, for eksempel id eller eier.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>Whether the user may perform an action (read, write, sign...) in the current task.</source>
        <translation>Om brukeren kan utføre en handling (read, write, sign...) i gjeldende oppgave.</translation>
    </message>
    <message>
        <source>setting key</source>
        <translation>innstillingsnøkkel</translation>
    </message>
    <message>
        <source>A value from the app&apos;s frontend settings.</source>
        <translation>En verdi fra frontend-innstillingene til appen.</translation>
    </message>
    <message>
        <source>The code of the language the user has chosen.</source>
        <translation>Koden for språket brukeren har valgt.</translation>
    </message>
    <message>
        <source>text resource key</source>
        <translation>tekstnøkkel</translation>
    </message>
    <message>
        <source>A text resource by key; the key itself when it does not exist.</source>
        <translation>En tekst hentet med nøkkel; selve nøkkelen hvis teksten ikke finnes.</translation>
    </message>
    <message>
        <source>The action that led the process to the gateway; only in conditions on BPMN gateway flows.</source>
        <translation>Handlingen som førte prosessen til gatewayen; bare i betingelser på flyter fra BPMN-gatewayer.</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>lenketekst</translation>
    </message>
    <message>
        <source>target id</source>
        <translation>mål-id</translation>
    </message>
    <message>
        <source>show back button</source>
        <translation>vis tilbakeknapp</translation>
    </message>
    <message>
        <source>A link that opens a component&apos;s page and moves focus to it.</source>
        <translation>En lenke som åpner siden til en komponent og flytter fokus til komponenten.</translation>
    </message>
    <message>
        <source>A link that opens a page of the form.</source>
        <translation>En lenke som åpner en side i skjemaet.</translation>
    </message>
    <message>
        <source>options id</source>
        <translation>kodeliste-id</translation>
    </message>
    <message>
        <source>The label of the option with a given value in a code list.</source>
        <translation>Ledeteksten til alternativet med en gitt verdi i en kodeliste.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>egenskap</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefiks</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>suffiks</translation>
    </message>
    <message>
        <source>suffix after the last</source>
        <translation>suffiks etter det siste</translation>
    </message>
    <message>
        <source>Experimental: joins one property of every row of a repeating group, with an optional prefix and suffix.</source>
        <translation>Eksperimentell: slår sammen én egenskap fra hver rad i en repeterende gruppe, med valgfritt prefiks og suffiks.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>element</translation>
    </message>
    <message>
        <source>A list of the arguments.</source>
        <translation>En liste med argumentene.</translation>
    </message>
    <message>
        <source>key or value</source>
        <translation>nøkkel eller verdi</translation>
    </message>
    <message>
        <source>An object built from key, value pairs.</source>
        <translation>Et objekt bygd av nøkkel-verdi-par.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>query</source>
        <translation>spørring</translation>
    </message>
    <message>
        <source>Runs a JMESPath query on a value.</source>
        <translation>Kjører en JMESPath-spørring på en verdi.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>The total of the numbers in a list.</source>
        <translation>Summen av tallene i en liste.</translation>
    </message>
    <message>
        <source>value for an empty list</source>
        <translation>verdi for tom liste</translation>
    </message>
    <message>
        <source>The mean of the numbers in a list; the second argument if it is empty.</source>
        <translation>Gjennomsnittet av tallene i en liste; det andre argumentet hvis listen er tom.</translation>
    </message>
    <message>
        <source>How many items a list has.</source>
        <translation>Hvor mange elementer en liste har.</translation>
    </message>
    <message>
        <source>Jmespath error: invalid arguments to %1()</source>
        <translation>JMESPath-feil: ugyldige argumenter til %1()</translation>
    </message>
    <message>
        <source>Jmespath error: unknown function %1()</source>
        <translation>JMESPath-feil: ukjent funksjon %1()</translation>
    </message>
    <message>
        <source>Jmespath error: cannot parse &quot;%1&quot;</source>
        <translation>JMESPath-feil: kan ikke tolke &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FieldComponent</name>
    <message>
        <source>The whole data model cannot become one component; use one of its fields or groups.</source>
        <translation>Hele datamodellen kan ikke bli én komponent; bruk ett av feltene eller gruppene i den.</translation>
    </message>
    <message>
        <source>%1 has no fields a component can show.</source>
        <translation>%1 har ingen felt som en komponent kan vise.</translation>
    </message>
    <message>
        <source>%1 is a choice between alternatives; use the fields of one of them.</source>
        <translation>%1 er et valg mellom alternativer; bruk feltene i ett av dem.</translation>
    </message>
    <message>
        <source>%1 may hold any content, so no component fits it.</source>
        <translation>%1 kan inneholde hva som helst, så ingen komponent passer til det.</translation>
    </message>
    <message>
        <source>%1 is a list of single values; the app&apos;s components bind to single values or to lists of groups.</source>
        <translation>%1 er en liste med enkeltverdier; komponentene i appen knyttes til enkeltverdier eller til lister med grupper.</translation>
    </message>
    <message>
        <source>Only the first %1 components were made; add the other fields one by one.</source>
        <translation>Bare de første %1 komponentene ble laget; legg til de andre feltene ett og ett.</translation>
    </message>
    <message>
        <source>%1 repeats inside too many groups and was left out.</source>
        <translation>%1 gjentas inne i for mange grupper og ble utelatt.</translation>
    </message>
    <message>
        <source>The data model has no field %1.</source>
        <translation>Datamodellen har ikke feltet %1.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan ikke opprette mappen %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Kan ikke skrive filen: %1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>Kan ikke lagre filen: %1</translation>
    </message>
    <message>
        <source>Cannot delete the file: %1</source>
        <translation>Kan ikke slette filen: %1</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>application metadata</source>
        <translation>appmetadata</translation>
    </message>
    <message>
        <source>layout sets</source>
        <translation>sidegrupper</translation>
    </message>
    <message>
        <source>layout settings</source>
        <translation>innstillinger for sidegruppe</translation>
    </message>
    <message>
        <source>global UI settings</source>
        <translation>globale UI-innstillinger</translation>
    </message>
    <message>
        <source>page</source>
        <translation>side</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>bunntekst</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>tekster</translation>
    </message>
    <message>
        <source>code list</source>
        <translation>kodeliste</translation>
    </message>
    <message>
        <source>data model (JSON Schema)</source>
        <translation>datamodell (JSON Schema)</translation>
    </message>
    <message>
        <source>data model (XSD)</source>
        <translation>datamodell (XSD)</translation>
    </message>
    <message>
        <source>data model (C#)</source>
        <translation>datamodell (C#)</translation>
    </message>
    <message>
        <source>data model metadata (legacy)</source>
        <translation>datamodellmetadata (eldre format)</translation>
    </message>
    <message>
        <source>data model validations</source>
        <translation>valideringer for datamodell</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>forhåndsutfylling</translation>
    </message>
    <message>
        <source>rule configuration (legacy)</source>
        <translation>regelkonfigurasjon (eldre format)</translation>
    </message>
    <message>
        <source>rule handler (legacy)</source>
        <translation>regelbehandler (eldre format)</translation>
    </message>
    <message>
        <source>process</source>
        <translation>prosess</translation>
    </message>
    <message>
        <source>access rules</source>
        <translation>tilgangsregler</translation>
    </message>
    <message>
        <source>Studio settings</source>
        <translation>Studio-innstillinger</translation>
    </message>
    <message>
        <source>.NET project</source>
        <translation>.NET-prosjekt</translation>
    </message>
    <message>
        <source>frontend page</source>
        <translation>frontend-side</translation>
    </message>
    <message>
        <source>deployment values</source>
        <translation>verdier for utrulling</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The value to replace does not exist</source>
        <translation>Verdien som skal erstattes, finnes ikke</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot;: the target is not an object</source>
        <translation>Kan ikke legge til &quot;%1&quot;: målet er ikke et objekt</translation>
    </message>
    <message>
        <source>Cannot add an element: the target is not an array</source>
        <translation>Kan ikke legge til et element: målet er ikke en liste</translation>
    </message>
    <message>
        <source>The value to remove does not exist</source>
        <translation>Verdien som skal fjernes, finnes ikke</translation>
    </message>
    <message>
        <source>The whole document cannot be removed</source>
        <translation>Hele dokumentet kan ikke fjernes</translation>
    </message>
    <message>
        <source>Cannot find the separator before the value</source>
        <translation>Finner ikke skilletegnet foran verdien</translation>
    </message>
    <message>
        <source>Only object members can be renamed</source>
        <translation>Bare medlemmer i objekter kan få nytt navn</translation>
    </message>
    <message>
        <source>No value at %1</source>
        <translation>Ingen verdi ved %1</translation>
    </message>
    <message>
        <source>The document has no value to set</source>
        <translation>Dokumentet har ingen verdi som kan settes</translation>
    </message>
    <message>
        <source>Index %1 is outside the array at %2</source>
        <translation>Indeksen %1 er utenfor listen ved %2</translation>
    </message>
    <message>
        <source>Cannot set %1: its parent does not exist</source>
        <translation>Kan ikke sette %1: det overordnede elementet finnes ikke</translation>
    </message>
    <message>
        <source>Nothing to remove at %1</source>
        <translation>Ingenting å fjerne ved %1</translation>
    </message>
    <message>
        <source>The file has changed since the edit was planned</source>
        <translation>Filen er endret siden endringen ble planlagt</translation>
    </message>
    <message>
        <source>The edit would make the file invalid: %1</source>
        <translation>Endringen ville gjort filen ugyldig: %1</translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON value</source>
        <translation>Filen er tom; forventet en JSON-verdi</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value</source>
        <translation>Uventet tekst etter slutten av JSON-verdien</translation>
    </message>
    <message>
        <source>Comment is not closed (missing */)</source>
        <translation>Kommentaren er ikke avsluttet (mangler */)</translation>
    </message>
    <message>
        <source>Unexpected end of file; expected a value</source>
        <translation>Uventet slutt på filen; forventet en verdi</translation>
    </message>
    <message>
        <source>Values are nested too deeply (more than %1 levels)</source>
        <translation>Verdiene er nøstet for dypt (mer enn %1 nivåer)</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;; expected a value</source>
        <translation>Uventet tegn &apos;%1&apos;; forventet en verdi</translation>
    </message>
    <message>
        <source>Unknown word; expected a value such as true, false, null, a number or a string</source>
        <translation>Ukjent ord; forventet en verdi som true, false, null, et tall eller en streng</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ugyldig tall</translation>
    </message>
    <message>
        <source>Invalid number: digits expected after the decimal point</source>
        <translation>Ugyldig tall: forventet sifre etter desimaltegnet</translation>
    </message>
    <message>
        <source>Invalid number: digits expected in the exponent</source>
        <translation>Ugyldig tall: forventet sifre i eksponenten</translation>
    </message>
    <message>
        <source>Invalid \u escape in string</source>
        <translation>Ugyldig \u-escapesekvens i streng</translation>
    </message>
    <message>
        <source>Invalid escape &apos;\%1&apos; in string</source>
        <translation>Ugyldig escapesekvens &apos;\%1&apos; i streng</translation>
    </message>
    <message>
        <source>String is not closed before the end of the line</source>
        <translation>Strengen er ikke avsluttet før slutten av linjen</translation>
    </message>
    <message>
        <source>Control character in string</source>
        <translation>Kontrolltegn i streng</translation>
    </message>
    <message>
        <source>String is not closed (missing &quot;)</source>
        <translation>Strengen er ikke avsluttet (mangler &quot;)</translation>
    </message>
    <message>
        <source>Object is not closed (missing &apos;}&apos;)</source>
        <translation>Objektet er ikke avsluttet (mangler &apos;}&apos;)</translation>
    </message>
    <message>
        <source>Array is not closed (missing &apos;]&apos;)</source>
        <translation>Listen er ikke avsluttet (mangler &apos;]&apos;)</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>Forventet &apos;,&apos; eller &apos;}&apos; etter et medlem i objektet</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>Forventet &apos;,&apos; eller &apos;]&apos; etter et element i listen</translation>
    </message>
    <message>
        <source>Expected a quoted property name</source>
        <translation>Forventet et egenskapsnavn i anførselstegn</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the property name</source>
        <translation>Forventet &apos;:&apos; etter egenskapsnavnet</translation>
    </message>
</context>
<context>
    <name>LayoutSet</name>
    <message>
        <source>Form</source>
        <translation>Skjema</translation>
    </message>
</context>
<context>
    <name>Models::Expressions</name>
    <message>
        <source>%1 is not available in this context</source>
        <translation>%1 er ikke tilgjengelig i denne konteksten</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>Forventet %1, fikk %2</translation>
    </message>
    <message>
        <source>Expected %1, got value %2</source>
        <translation>Forventet %1, fikk verdien %2</translation>
    </message>
    <message>
        <source>Expected argument to be %1, got %2</source>
        <translation>Forventet argument av typen %1, fikk %2</translation>
    </message>
    <message>
        <source>The expression is nested too deeply</source>
        <translation>Uttrykket er nøstet for dypt</translation>
    </message>
    <message>
        <source>Missing function name in expression</source>
        <translation>Funksjonsnavn mangler i uttrykket</translation>
    </message>
    <message>
        <source>Function name in expression should be string</source>
        <translation>Funksjonsnavnet i uttrykket må være en streng</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Funksjonen &quot;%1&quot; er ikke implementert</translation>
    </message>
    <message>
        <source>The data type must be a string (expressions cannot be used here)</source>
        <translation>Datatypen må være en streng (uttrykk kan ikke brukes her)</translation>
    </message>
    <message>
        <source>Argument %1 must be written out (expressions cannot be used here)</source>
        <translation>Argument %1 må skrives ut direkte (uttrykk kan ikke brukes her)</translation>
    </message>
    <message>
        <source>Expected third argument to be &quot;else&quot;</source>
        <translation>Forventet at tredje argument er &quot;else&quot;</translation>
    </message>
    <message>
        <source>Expected either 2 arguments (if) or 4 (if + else), got %1</source>
        <translation>Forventet enten 2 argumenter (if) eller 4 (if + else), fikk %1</translation>
    </message>
    <message>
        <source>The object function must have an even number of arguments</source>
        <translation>Funksjonen &quot;object&quot; må ha et like antall argumenter</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2</source>
        <translation>Forventet %1 argument(er), fikk %2</translation>
    </message>
    <message>
        <source>Second argument must be &quot;not&quot; when providing 4 arguments in total</source>
        <translation>Andre argument må være &quot;not&quot; når det er 4 argumenter totalt</translation>
    </message>
    <message>
        <source>Invalid operator (it cannot be an expression or null)</source>
        <translation>Ugyldig operator (operatoren kan ikke være et uttrykk eller null)</translation>
    </message>
    <message>
        <source>Invalid operator &quot;%1&quot;</source>
        <translation>Ugyldig operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Can not compare timestamps where only one specify timezone</source>
        <translation>Kan ikke sammenligne tidspunkter der bare det ene angir tidssone</translation>
    </message>
    <message>
        <source>Can not figure out if timestamps in different timezones are in the same day</source>
        <translation>Kan ikke avgjøre om tidspunkter i ulike tidssoner er på samme dag</translation>
    </message>
    <message>
        <source>Unable to parse date &quot;%1&quot;: Unknown format</source>
        <translation>Kan ikke tolke datoen &quot;%1&quot;: Ukjent format</translation>
    </message>
    <message>
        <source>Unable to parse date &quot;%1&quot;: Format was recognized, but the date/time is invalid</source>
        <translation>Kan ikke tolke datoen &quot;%1&quot;: Formatet ble gjenkjent, men datoen/klokkeslettet er ugyldig</translation>
    </message>
    <message>
        <source>Unable to find component with identifier %1</source>
        <translation>Finner ingen komponent med id %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan ikke lese filen: %1</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::EvalContext</name>
    <message>
        <source>No positional arguments available</source>
        <translation>Ingen posisjonsargumenter er tilgjengelige</translation>
    </message>
    <message>
        <source>No value arguments available</source>
        <translation>Ingen verdiargumenter er tilgjengelige</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::Evaluator</name>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Funksjonen &quot;%1&quot; er ikke implementert</translation>
    </message>
    <message>
        <source>The second argument is 0, cannot divide by 0</source>
        <translation>Det andre argumentet er 0, kan ikke dele på 0</translation>
    </message>
    <message>
        <source>Invalid number of decimals: %1</source>
        <translation>Ugyldig antall desimaler: %1</translation>
    </message>
    <message>
        <source>Start/end index cannot be null</source>
        <translation>Start-/sluttindeksen kan ikke være null</translation>
    </message>
    <message>
        <source>Cannot lookup dataModel null</source>
        <translation>Kan ikke slå opp dataModel null</translation>
    </message>
    <message>
        <source>Cannot lookup component null</source>
        <translation>Kan ikke slå opp component null</translation>
    </message>
    <message>
        <source>Expected a data type</source>
        <translation>Forventet en datatype</translation>
    </message>
    <message>
        <source>Unknown Instance context property %1</source>
        <translation>Ukjent egenskap %1 i Instance-konteksten</translation>
    </message>
    <message>
        <source>Expected an action</source>
        <translation>Forventet en handling</translation>
    </message>
    <message>
        <source>Value cannot be null. (Parameter &apos;key&apos;)</source>
        <translation>Verdien kan ikke være null. (Parameter &apos;key&apos;)</translation>
    </message>
    <message>
        <source>Cannot link to null</source>
        <translation>Kan ikke lenke til null</translation>
    </message>
    <message>
        <source>Expected an index</source>
        <translation>Forventet en indeks</translation>
    </message>
    <message>
        <source>Invalid argument index %1</source>
        <translation>Ugyldig argumentindeks %1</translation>
    </message>
    <message>
        <source>Object keys must be strings</source>
        <translation>Objektnøkler må være strenger</translation>
    </message>
    <message>
        <source>Object keys must be unique</source>
        <translation>Objektnøkler må være unike</translation>
    </message>
    <message>
        <source>Expected argument to be string</source>
        <translation>Forventet at argumentet er en streng</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::SharedCaseContext</name>
    <message>
        <source>Data model with type %1 not found</source>
        <translation>Fant ingen datamodell med typen %1</translation>
    </message>
    <message>
        <source>Unknown Instance context property %1</source>
        <translation>Ukjent egenskap %1 i Instance-konteksten</translation>
    </message>
    <message>
        <source>Could not find options with id &quot;%1&quot;</source>
        <translation>Fant ingen kodeliste med id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown Auth context property %1</source>
        <translation>Ukjent egenskap %1 i Auth-konteksten</translation>
    </message>
    <message>
        <source>No positional arguments available</source>
        <translation>Ingen posisjonsargumenter er tilgjengelige</translation>
    </message>
    <message>
        <source>Index %1 out of range</source>
        <translation>Indeksen %1 er utenfor gyldig område</translation>
    </message>
    <message>
        <source>No value arguments available</source>
        <translation>Ingen verdiargumenter er tilgjengelige</translation>
    </message>
    <message>
        <source>Unknown key %1, Valid keys are: %2</source>
        <translation>Ukjent nøkkel %1. Gyldige nøkler er: %2</translation>
    </message>
</context>
<context>
    <name>Previewer::PreviewPanel</name>
    <message>
        <source>The live preview is not available in this version. It will show the form in every language as citizens see it.</source>
        <translation>Forhåndsvisningen er ikke tilgjengelig i denne versjonen. Den skal vise skjemaet på alle språk slik innbyggerne ser det.</translation>
    </message>
</context>
<context>
    <name>SchemaEdits</name>
    <message>
        <source>There is no field at %1 in the data model</source>
        <translation>Det finnes ikke noe felt ved %1 i datamodellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and do not start with a digit</source>
        <translation>&quot;%1&quot; er ikke et gyldig navn: bruk bokstaver, sifre, &apos;_&apos;, &apos;-&apos; og &apos;.&apos;, og ikke start med et siffer</translation>
    </message>
    <message>
        <source>Add the field %1</source>
        <translation>Legg til feltet %1</translation>
    </message>
    <message>
        <source>The fields cannot be added there: %1 is not a group</source>
        <translation>Feltene kan ikke legges til der: %1 er ikke en gruppe</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot; there</source>
        <translation>Det finnes allerede et felt med navnet &quot;%1&quot; der</translation>
    </message>
    <message>
        <source>Rename the field to %1</source>
        <translation>Endre navnet på feltet til %1</translation>
    </message>
    <message>
        <source>Delete the field %1</source>
        <translation>Slett feltet %1</translation>
    </message>
    <message>
        <source>Move the field %1</source>
        <translation>Flytt feltet %1</translation>
    </message>
    <message>
        <source>Make the field required</source>
        <translation>Gjør feltet påkrevd</translation>
    </message>
    <message>
        <source>Make the field optional</source>
        <translation>Gjør feltet valgfritt</translation>
    </message>
    <message>
        <source>Make the field repeat</source>
        <translation>Gjør feltet repeterende</translation>
    </message>
    <message>
        <source>Make the field occur once</source>
        <translation>La feltet forekomme bare én gang</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Angi %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Change the type to %1</source>
        <translation>Endre typen til %1</translation>
    </message>
    <message>
        <source>Use the type %1</source>
        <translation>Bruk typen %1</translation>
    </message>
    <message>
        <source>There is no type named &quot;%1&quot;</source>
        <translation>Det finnes ingen type med navnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Allow the field to be nil</source>
        <translation>Tillat at feltet er nil</translation>
    </message>
    <message>
        <source>Do not allow the field to be nil</source>
        <translation>Ikke tillat at feltet er nil</translation>
    </message>
    <message>
        <source>Only fields with a type can be nil</source>
        <translation>Bare felt med en type kan være nil</translation>
    </message>
    <message>
        <source>Make %1 a reusable type</source>
        <translation>Gjør %1 til en gjenbrukbar type</translation>
    </message>
    <message>
        <source>There is already a type named &quot;%1&quot;</source>
        <translation>Det finnes allerede en type med navnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copy the type into the field</source>
        <translation>Kopier typen inn i feltet</translation>
    </message>
    <message>
        <source>The field does not use a type of this model</source>
        <translation>Feltet bruker ikke en type fra denne modellen</translation>
    </message>
    <message>
        <source>Add the type %1</source>
        <translation>Legg til typen %1</translation>
    </message>
    <message>
        <source>Rename the type %1 to %2</source>
        <translation>Endre navnet på typen %1 til %2</translation>
    </message>
    <message>
        <source>Delete the type %1</source>
        <translation>Slett typen %1</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is still used (%2 places, first at %3)</source>
        <translation>Typen &quot;%1&quot; er fortsatt i bruk (%2 steder, først ved %3)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>The quoted cell that starts here is not closed (a quote is missing)</source>
        <translation>Cellen i anførselstegn som starter her, er ikke avsluttet (et anførselstegn mangler)</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>Uventet tekst etter det avsluttende anførselstegnet i en celle (et anførselstegn inne i en celle i anførselstegn skrives to ganger: &quot;&quot;)</translation>
    </message>
    <message>
        <source>A quote inside a cell that is not quoted (quote the whole cell and write the quote twice: &quot;&quot;)</source>
        <translation>Et anførselstegn inne i en celle som ikke står i anførselstegn (sett hele cellen i anførselstegn og skriv anførselstegnet to ganger: &quot;&quot;)</translation>
    </message>
    <message>
        <source>The file is UTF-16; save it as CSV in UTF-8</source>
        <translation>Filen er i UTF-16; lagre den som CSV i UTF-8</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV in UTF-8</source>
        <translation>Filen er ikke tekst i UTF-8; lagre den som CSV i UTF-8</translation>
    </message>
    <message>
        <source>The first line must be a header starting with &quot;key&quot;, then language codes (key,nb,en), not &quot;%1&quot;</source>
        <translation>Den første linjen må være en overskriftsrad som starter med &quot;key&quot;, fulgt av språkkoder (key,nb,en), ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The header names no languages (key,nb,en...)</source>
        <translation>Overskriftsraden inneholder ingen språk (key,nb,en...)</translation>
    </message>
    <message>
        <source>Column %1 of the header, &quot;%2&quot;, is not an ISO 639-1 language code such as nb, nn or en</source>
        <translation>Kolonne %1 i overskriftsraden, &quot;%2&quot;, er ikke en ISO 639-1-språkkode som nb, nn eller en</translation>
    </message>
    <message>
        <source>The header names the language %1 twice</source>
        <translation>Overskriftsraden inneholder språket %1 to ganger</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Filen er tom</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2</source>
        <translation>Raden har %1 celler, men overskriftsraden bare %2</translation>
    </message>
    <message>
        <source>The row has texts but no key</source>
        <translation>Raden har tekster, men ingen nøkkel</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice (lines %2 and %3)</source>
        <translation>Nøkkelen &quot;%1&quot; forekommer to ganger (linje %2 og %3)</translation>
    </message>
    <message>
        <source>The file is for the language &quot;%1&quot;, which is not an ISO 639-1 code such as nb, nn or en</source>
        <translation>Filen gjelder språket &quot;%1&quot;, som ikke er en ISO 639-1-kode som nb, nn eller en</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Importer tekster</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>Importer tekster fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed in %1</source>
        <translation>
            <numerusform>%n tekst endret på %1</numerusform>
            <numerusform>%n tekster endret på %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added in %1</source>
        <translation>
            <numerusform>%n lagt til på %1</numerusform>
            <numerusform>%n lagt til på %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(a new language)</source>
        <translation>(nytt språk)</translation>
    </message>
    <message>
        <source>0 changes</source>
        <translation>0 endringer</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) already as in the file</source>
        <translation>
            <numerusform>%n tekst er allerede som i filen</numerusform>
            <numerusform>%n tekster er allerede som i filen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s) not imported</source>
        <translation>
            <numerusform>%n ukjent nøkkel ble ikke importert</numerusform>
            <numerusform>%n ukjente nøkler ble ikke importert</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the page &quot;%2&quot;%3</source>
        <translation>&quot;%1&quot; på siden &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>The %1 text of %2</source>
        <translation>Teksten %1 for %2</translation>
    </message>
    <message>
        <source>An option %1 of %2</source>
        <translation>Et alternativ (%1) for %2</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>Egenskapen %1 for %2</translation>
    </message>
    <message>
        <source>An expression in %1</source>
        <translation>Et uttrykk i %1</translation>
    </message>
    <message>
        <source>An option %1 in the code list %2</source>
        <translation>Et alternativ (%1) i kodelisten %2</translation>
    </message>
    <message>
        <source>The %1 in %2</source>
        <translation>Egenskapen %1 i %2</translation>
    </message>
    <message>
        <source>The %1 of a footer item</source>
        <translation>Egenskapen %1 i et element i bunnteksten</translation>
    </message>
    <message>
        <source>The app title (%1) in %2</source>
        <translation>Apptittelen (%1) i %2</translation>
    </message>
    <message>
        <source>The PDF file name of the task &quot;%1&quot; in %2</source>
        <translation>PDF-filnavnet for oppgaven &quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>C# code in %1, line %2</source>
        <translation>C#-kode i %1, linje %2</translation>
    </message>
    <message>
        <source>default &quot;%1&quot;</source>
        <translation>standardverdi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variabler: %1</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Filen er ikke velformet XML: %1</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>Filen har ikke noe XML-element</translation>
    </message>
    <message>
        <source>The file is not XLIFF: its root element is &lt;%1&gt;</source>
        <translation>Filen er ikke XLIFF: rotelementet er &lt;%1&gt;</translation>
    </message>
    <message>
        <source>The file is XLIFF %1; only XLIFF 2.0 (%2) can be imported</source>
        <translation>Filen er XLIFF %1; bare XLIFF 2.0 (%2) kan importeres</translation>
    </message>
    <message>
        <source>A &lt;unit&gt; has no id</source>
        <translation>En &lt;unit&gt; mangler id</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; appears twice (lines %2 and %3)</source>
        <translation>Enheten &quot;%1&quot; forekommer to ganger (linje %2 og %3)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has a &lt;target&gt; but the file names no target language (trgLang)</source>
        <translation>Enheten &quot;%1&quot; har et &lt;target&gt;, men filen oppgir ikke noe målspråk (trgLang)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has inline markup &lt;%2&gt; in its &lt;%3&gt;; only plain text can be imported (ask for the file without tags)</source>
        <translation>Enheten &quot;%1&quot; har innebygd markering &lt;%2&gt; i &lt;%3&gt;; bare ren tekst kan importeres (be om filen uten tagger)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has a &lt;cp&gt; without a valid hex code point</source>
        <translation>Enheten &quot;%1&quot; har et &lt;cp&gt; uten et gyldig heksadesimalt kodepunkt</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>every app needs its application metadata.</source>
        <translation>alle apper må ha appmetadata.</translation>
    </message>
    <message>
        <source>every app needs a process.</source>
        <translation>alle apper må ha en prosess.</translation>
    </message>
    <message>
        <source>every app needs access rules.</source>
        <translation>alle apper må ha tilgangsregler.</translation>
    </message>
    <message>
        <source>every app needs texts in Norwegian Bokmål (nb).</source>
        <translation>alle apper må ha tekster på bokmål (nb).</translation>
    </message>
    <message>
        <source>A component has no id. Every component needs an id that is unique in its layout set.</source>
        <translation>En komponent mangler id. Alle komponenter må ha en id som er unik i sidegruppen.</translation>
    </message>
    <message>
        <source>earlier on this page</source>
        <translation>tidligere på denne siden</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot;</source>
        <translation>på siden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The component id &quot;%1&quot; is used twice in the layout set &quot;%2&quot;: it is also used %3. Ids must be unique in a layout set.</source>
        <translation>Id-en &quot;%1&quot; er brukt av to komponenter i sidegruppen &quot;%2&quot;: den er også brukt %3. Id-er må være unike i en sidegruppe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists the child &quot;%2&quot;, but no component in the layout set &quot;%3&quot; has that id.</source>
        <translation>&quot;%1&quot; viser til underkomponenten &quot;%2&quot;, men ingen komponent i sidegruppen &quot;%3&quot; har den id-en.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; has no type.</source>
        <translation>Komponenten &quot;%1&quot; har ingen type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of this component type in another version of the app frontend; this app&apos;s frontend (%2) calls it &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; er navnet på denne komponenttypen i en annen versjon av app-frontend; frontenden til denne appen (%2) kaller den &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The component type &quot;%1&quot; (component &quot;%2&quot;) is not one the designer knows. It is kept as it is; check the spelling if it is not a newer or custom type.</source>
        <translation>Komponenttypen &quot;%1&quot; (komponenten &quot;%2&quot;) er ikke kjent for Altinn Designer. Den blir ikke endret; kontroller stavemåten hvis det ikke er en nyere eller egendefinert type.</translation>
    </message>
    <message>
        <source>The expression at %1 is not valid: %2</source>
        <translation>Uttrykket ved %1 er ikke gyldig: %2</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; must be a field path or {&quot;dataType&quot;, &quot;field&quot;}.</source>
        <translation>Knytningen &quot;%1&quot; for &quot;%2&quot; må være en feltsti eller {&quot;dataType&quot;, &quot;field&quot;}.</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; uses the data type &quot;%3&quot;, which applicationmetadata.json does not define.</source>
        <translation>Knytningen &quot;%1&quot; for &quot;%2&quot; bruker datatypen &quot;%3&quot;, som ikke er definert i applicationmetadata.json.</translation>
    </message>
    <message>
        <source>Bindings to the data type &quot;%1&quot; cannot be checked: App/models/%1.schema.json is missing.</source>
        <translation>Knytninger til datatypen &quot;%1&quot; kan ikke kontrolleres: App/models/%1.schema.json mangler.</translation>
    </message>
    <message>
        <source>the data model has no field &quot;%1&quot; at the top level</source>
        <translation>datamodellen har ikke feltet &quot;%1&quot; på øverste nivå</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>&quot;%1&quot; har ikke feltet &quot;%2&quot;</translation>
    </message>
    <message>
        <source> (it has: %1%2)</source>
        <translation> (felt som finnes: %1%2)</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; points at &quot;%3&quot;, which does not exist in the data model &quot;%4&quot;: %5.</source>
        <translation>Knytningen &quot;%1&quot; for &quot;%2&quot; peker på &quot;%3&quot;, som ikke finnes i datamodellen &quot;%4&quot;: %5.</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>Filen mangler: %1</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is listed twice in the page order.</source>
        <translation>Siden &quot;%1&quot; står to ganger i siderekkefølgen.</translation>
    </message>
    <message>
        <source>The page order lists &quot;%1&quot;, but there is no page %2/layouts/%1.json.</source>
        <translation>Siderekkefølgen inneholder &quot;%1&quot;, men det finnes ingen side %2/layouts/%1.json.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; exists but is not in the page order of %2, so the form never shows it.</source>
        <translation>Siden &quot;%1&quot; finnes, men står ikke i siderekkefølgen til %2, så skjemaet viser den aldri.</translation>
    </message>
    <message>
        <source>The PDF layout page &quot;%1&quot; does not exist.</source>
        <translation>PDF-siden &quot;%1&quot; finnes ikke.</translation>
    </message>
    <message>
        <source>The folder %1 is not listed in App/ui/layout-sets.json, so the app ignores it.</source>
        <translation>Mappen %1 står ikke i App/ui/layout-sets.json, så appen ignorerer den.</translation>
    </message>
    <message>
        <source>The folder %1 has no Settings.json, so the app ignores it.</source>
        <translation>Mappen %1 har ingen Settings.json, så appen ignorerer den.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; uses the data type &quot;%2&quot;, which applicationmetadata.json does not define.</source>
        <translation>Sidegruppen &quot;%1&quot; bruker datatypen &quot;%2&quot;, som ikke er definert i applicationmetadata.json.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; is for the task &quot;%2&quot;, which the process does not have.</source>
        <translation>Sidegruppen &quot;%1&quot; er for oppgaven &quot;%2&quot;, som ikke finnes i prosessen.</translation>
    </message>
    <message>
        <source>The UI folder &quot;%1&quot; is not named after a task of the process, and it is not a subform, a stateless entry page or CustomReceipt. Rename it to its task&apos;s id or mark it &quot;type&quot;: &quot;subform&quot;.</source>
        <translation>UI-mappen &quot;%1&quot; har ikke navn etter en oppgave i prosessen, og den er ikke et underskjema, en tilstandsløs startside eller CustomReceipt. Gi den samme navn som id-en til oppgaven, eller merk den med &quot;type&quot;: &quot;subform&quot;.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no pages (there is no folder %2/layouts).</source>
        <translation>Sidegruppen &quot;%1&quot; har ingen sider (det finnes ingen mappe %2/layouts).</translation>
    </message>
    <message>
        <source>%1 refers to the text &quot;%2&quot;, which no language of the app defines; the form will show &quot;%2&quot; as it is.</source>
        <translation>%1 viser til teksten &quot;%2&quot;, som ikke er definert på noen av språkene i appen; skjemaet viser &quot;%2&quot; slik det står.</translation>
    </message>
    <message>
        <source>An expression</source>
        <translation>Et uttrykk</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; text of &quot;%2&quot;</source>
        <translation>Teksten &quot;%1&quot; for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>An option of &quot;%1&quot;</source>
        <translation>Et alternativ i &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A page group name</source>
        <translation>Et gruppenavn i pages.groups</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot;</source>
        <translation>Kodelisten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A footer item</source>
        <translation>Et element i bunnteksten</translation>
    </message>
    <message>
        <source>The file is named for the language &quot;%1&quot; but says &quot;language&quot;: &quot;%2&quot;.</source>
        <translation>Filnavnet angir språket &quot;%1&quot;, men filen inneholder &quot;language&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; is defined more than once; only the last one is used.</source>
        <translation>Tekstnøkkelen &quot;%1&quot; er definert mer enn én gang; bare den siste blir brukt.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; has no %2 version (it exists in %3).</source>
        <translation>Teksten &quot;%1&quot; mangler versjon på %2 (den finnes på %3).</translation>
    </message>
</context>
<context>
    <name>Xml</name>
    <message>
        <source>The file declares an encoding that is not supported: %1</source>
        <translation>Filen oppgir en tegnkoding som ikke støttes: %1</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1</source>
        <translation>XML-en er ikke velformet: %1</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>Filen har ikke noe XML-element</translation>
    </message>
    <message>
        <source>The element does not exist</source>
        <translation>Elementet finnes ikke</translation>
    </message>
    <message>
        <source>The attribute %1 is a default of the document type and cannot be removed</source>
        <translation>Attributtet %1 er en standardverdi fra dokumenttypen og kan ikke fjernes</translation>
    </message>
    <message>
        <source>The element has no attribute %1</source>
        <translation>Elementet har ikke attributtet %1</translation>
    </message>
    <message>
        <source>The element %1 holds other elements; its text cannot be set</source>
        <translation>Elementet %1 inneholder andre elementer; teksten kan ikke settes</translation>
    </message>
    <message>
        <source>The element cannot be removed</source>
        <translation>Elementet kan ikke fjernes</translation>
    </message>
    <message>
        <source>The parent element does not exist</source>
        <translation>Det overordnede elementet finnes ikke</translation>
    </message>
    <message>
        <source>Cannot add a child to the empty element %1</source>
        <translation>Kan ikke legge til et underelement i det tomme elementet %1</translation>
    </message>
    <message>
        <source>The file has changed since the edit was planned</source>
        <translation>Filen er endret siden endringen ble planlagt</translation>
    </message>
    <message>
        <source>The edit would make the file invalid: %1</source>
        <translation>Endringen ville gjort filen ugyldig: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop designer for Altinn 3 apps.</source>
        <translation>Skrivebordsprogram for utforming av Altinn 3-apper.</translation>
    </message>
    <message>
        <source>An app repository to open (the folder that holds App/).</source>
        <translation>Et app-repo som skal åpnes (mappen som inneholder App/).</translation>
    </message>
    <message>
        <source>Open the bundled sample app.</source>
        <translation>Åpne den innebygde eksempelappen.</translation>
    </message>
    <message>
        <source>The language of the user interface: nb, nn or en.</source>
        <translation>Språket i brukergrensesnittet: nb, nn eller en.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after it has opened, then quit.</source>
        <translation>Lagre et bilde av vinduet til FILE når det har åpnet seg, og avslutt deretter.</translation>
    </message>
    <message>
        <source>The editor to show first: forms, datamodel, texts, process, access, settings or vcs.</source>
        <translation>Redigeringsverktøyet som skal vises først: forms, datamodel, texts, process, access, settings eller vcs.</translation>
    </message>
</context>
</TS>
