<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
<context>
    <name>AppCreator</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 finst alt og er ikkje ei mappe</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder</source>
        <translation>Mappa %1 er ikkje tom; vel ei ny eller tom mappe</translation>
    </message>
    <message>
        <source>The bundled files are missing from this build</source>
        <translation>Filene som skal følgje med programmet, manglar i denne versjonen</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not valid: use lowercase letters, digits and dashes (for example &quot;ttd&quot;)</source>
        <translation>Organisasjonen &quot;%1&quot; er ikkje gyldig: bruk små bokstavar, siffer og bindestrekar (til dømes &quot;ttd&quot;)</translation>
    </message>
    <message>
        <source>The app name &quot;%1&quot; is not valid: 3 to 30 lowercase letters, digits and dashes, starting with a letter and not ending with a dash</source>
        <translation>Appnamnet &quot;%1&quot; er ikkje gyldig: 3 til 30 små bokstavar, siffer og bindestrekar, som byrjar med ein bokstav og ikkje sluttar med bindestrek</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Mappa %1 finst ikkje</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 er ikkje ei mappe</translation>
    </message>
    <message>
        <source>%1 is not an Altinn app repository: it has no App folder</source>
        <translation>%1 er ikkje eit repo for ein Altinn-app: det finst inga App-mappe</translation>
    </message>
    <message>
        <source>The App folder in %1 cannot be read</source>
        <translation>App-mappa i %1 kan ikkje lesast</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (linje %1, kolonne %2)</translation>
    </message>
    <message>
        <source>The %1 file cannot be read%2: %3. It is kept as it is and cannot be edited until it is fixed.</source>
        <translation>Fila (%1) kan ikkje lesast%2: %3. Ho blir ikkje endra og kan ikkje redigerast før feilen er retta.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 finst alt</translation>
    </message>
    <message>
        <source>%1 is not saved: it could not be read</source>
        <translation>%1 er ikkje lagra: fila kunne ikkje lesast</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was opened. Choose whether to keep your version or take the one on disk.</source>
        <translation>%1 vart endra av eit anna program etter at fila vart opna. Vel om du vil behalde din versjon eller bruke den som ligg på disken.</translation>
    </message>
    <message>
        <source>%1 is not written: it could not be read (%2)</source>
        <translation>%1 vart ikkje skriven: fila kunne ikkje lesast (%2)</translation>
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
        <translation>sjå --help</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli %1</source>
        <translation>Bruk: altinn-designer-cli %1</translation>
    </message>
    <message>
        <source>APP_DIR is missing (see --help)</source>
        <translation>APP_DIR manglar (sjå --help)</translation>
    </message>
    <message>
        <source>Only one APP_DIR is expected, got %1</source>
        <translation>Venta berre éin APP_DIR, men fekk %1</translation>
    </message>
    <message>
        <source>Cannot load the app: %1</source>
        <translation>Kan ikkje laste inn appen: %1</translation>
    </message>
    <message>
        <source>The app repository (the folder that holds App/).</source>
        <translation>Repoet til appen (mappa som inneheld App/).</translation>
    </message>
    <message>
        <source>Loads every file the designer understands and writes each one back through the designer&apos;s own save path. An app that was not changed stays byte for byte the same.</source>
        <translation>Lastar inn alle filer Altinn Designer forstår, og skriv kvar av dei tilbake slik Altinn Designer sjølv lagrar dei. Ein app som ikkje er endra, blir verande heilt lik, byte for byte.</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be written</source>
        <translation>%1 av %2 filer kunne ikkje skrivast</translation>
    </message>
    <message>
        <source>Wrote %1 files.</source>
        <translation>Skreiv %1 filer.</translation>
    </message>
    <message>
        <source>Print the findings as a JSON array.</source>
        <translation>Skriv ut funna som ei JSON-liste.</translation>
    </message>
    <message>
        <source>Checks the app and prints one finding per line: SEVERITY FILE POINTER MESSAGE (FILE relative to APP_DIR, &quot;-&quot; where there is none). Exits with 0 when there are no errors, 1 when there are, 2 when the app cannot be loaded.</source>
        <translation>Kontrollerer appen og skriv ut eitt funn per linje: SEVERITY FILE POINTER MESSAGE (FILE relativt til APP_DIR, &quot;-&quot; der det ikkje er noka fil). Avsluttar med 0 når det ikkje er nokon feil, 1 når det er feil, og 2 når appen ikkje kan lastast inn.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 feil, %2 åtvaringar</translation>
    </message>
    <message>
        <source>The folder to create (must not exist or be empty).</source>
        <translation>Mappa som skal opprettast (kan ikkje finnast frå før, eller må vere tom).</translation>
    </message>
    <message>
        <source>The service owner&apos;s organisation code, e.g. ttd.</source>
        <translation>Organisasjonskoden til tenesteeigaren, t.d. ttd.</translation>
    </message>
    <message>
        <source>The app (repository) name, e.g. my-app.</source>
        <translation>Namnet på appen (repoet), t.d. my-app.</translation>
    </message>
    <message>
        <source>Create a v8 app (layout-sets.json) instead of the current version.</source>
        <translation>Opprett ein v8-app (layout-sets.json) i staden for gjeldande versjon.</translation>
    </message>
    <message>
        <source>Creates a new, complete app from the bundled template: metadata, one layout set with one page, texts in nb, nn and en, a process with one data task, access rules, a data model and a .gitignore.</source>
        <translation>Opprettar ein ny, komplett app frå den innebygde malen: metadata, éi sidegruppe med éi side, tekstar på nb, nn og en, ein prosess med éi utfyllingsoppgåve, tilgangsreglar, ein datamodell og ei .gitignore-fil.</translation>
    </message>
    <message>
        <source>--org and --app are required (see --help)</source>
        <translation>--org og --app må oppgjevast (sjå --help)</translation>
    </message>
    <message>
        <source>Created %1 (%2/%3) in %4.</source>
        <translation>Oppretta %1-app (%2/%3) i %4.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help)</source>
        <translation>Ukjend kommando &quot;%1&quot; (sjå --help)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>The XSD to import.</source>
        <translation>XSD-en som skal importerast.</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name without .xsd).</source>
        <translation>Namnet på modellen (standard: filnamnet utan .xsd).</translation>
    </message>
    <message>
        <source>Point this layout set (which has no data type yet) at the model.</source>
        <translation>La denne sidegruppa (som ikkje har nokon datatype enno) bruke modellen.</translation>
    </message>
    <message>
        <source>Imports an XSD into an app as Altinn Studio does: the XSD is kept as App/models/NAME.xsd, NAME.schema.json and NAME.cs are written, and the data type is added to applicationmetadata.json.</source>
        <translation>Importerer ein XSD i ein app slik Altinn Studio gjer: XSD-en blir lagra som App/models/NAME.xsd, NAME.schema.json og NAME.cs blir skrivne, og datatypen blir lagd til i applicationmetadata.json.</translation>
    </message>
    <message>
        <source>APP_DIR and FILE.xsd are expected (see --help)</source>
        <translation>APP_DIR og FILE.xsd må oppgjevast (sjå --help)</translation>
    </message>
    <message>
        <source>Imported the data model %1 (root class %2) into %3.</source>
        <translation>Importerte datamodellen %1 (rotklasse %2) til %3.</translation>
    </message>
    <message>
        <source>%1: the input must be an .xsd or a .json / .schema.json file</source>
        <translation>%1: inndatafila må vere ei .xsd-fil eller ei .json-/.schema.json-fil</translation>
    </message>
    <message>
        <source>An .xsd, or a .json / .schema.json JSON Schema.</source>
        <translation>Ei .xsd-fil, eller eit JSON Schema i ei .json-/.schema.json-fil.</translation>
    </message>
    <message>
        <source>What to write: json-schema, xsd or csharp.</source>
        <translation>Kva som skal skrivast ut: json-schema, xsd eller csharp.</translation>
    </message>
    <message>
        <source>Converts a data model and writes the result on standard output.</source>
        <translation>Konverterer ein datamodell og skriv resultatet til standard utdata.</translation>
    </message>
    <message>
        <source>FILE is missing (see --help)</source>
        <translation>FILE manglar (sjå --help)</translation>
    </message>
    <message>
        <source>--to must be json-schema, xsd or csharp</source>
        <translation>--to må vere json-schema, xsd eller csharp</translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation>Kan ikkje skrive til standard utdata</translation>
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
        <translation>Ukjend model-kommando &quot;%1&quot; (sjå model --help)</translation>
    </message>
    <message>
        <source>List the types offered to this app (by its frontend version).</source>
        <translation>List opp typane som er tilgjengelege for denne appen (ut frå frontend-versjonen).</translation>
    </message>
    <message>
        <source>List the types offered to apps of this frontend major version (3, 4 or 9).</source>
        <translation>List opp typane som er tilgjengelege for appar med denne hovudversjonen av frontend (3, 4 eller 9).</translation>
    </message>
    <message>
        <source>Prints the component types the form builder offers, one per line, in the order of its palette: by category (text, form fields, attachments, buttons, groups, media, summary, signing and payment, advanced), then alphabetically. Without --app or --frontend: the newest frontend.</source>
        <translation>Skriv ut komponenttypane som skjemaredigeringa tilbyr, éin per linje, i same rekkjefølgje som i komponentpaletten: etter kategori (tekst, skjemafelt, vedlegg, knappar, grupper, media, oppsummering, signering og betaling, avansert), deretter alfabetisk. Utan --app eller --frontend: den nyaste frontenden.</translation>
    </message>
    <message>
        <source>--frontend must be a frontend major version such as 3, 4 or 9</source>
        <translation>--frontend må vere ein hovudversjon av frontend, til dømes 3, 4 eller 9</translation>
    </message>
    <message>
        <source>The app has no layout set &quot;%1&quot; (it has: %2)</source>
        <translation>Appen har inga sidegruppe &quot;%1&quot; (sidegrupper som finst: %2)</translation>
    </message>
    <message>
        <source>The app has several layout sets; choose one with --set (%1)</source>
        <translation>Appen har fleire sidegrupper; vel éi med --set (%1)</translation>
    </message>
    <message>
        <source>%1 expects KEY=VALUE, got &quot;%2&quot;</source>
        <translation>%1 ventar KEY=VALUE, men fekk &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no data-model bindings</source>
        <translation>%1 har ingen knytingar til datamodellen</translation>
    </message>
    <message>
        <source>%1 has no binding &quot;%2&quot; (it has: %3)</source>
        <translation>%1 har inga knyting &quot;%2&quot; (knytingar som finst: %3)</translation>
    </message>
    <message>
        <source>%1 has no texts</source>
        <translation>%1 har ingen tekstar</translation>
    </message>
    <message>
        <source>%1 has no text &quot;%2&quot; (it has: %3)</source>
        <translation>%1 har ingen tekst &quot;%2&quot; (tekstar som finst: %3)</translation>
    </message>
    <message>
        <source>Components cannot be added to &quot;%1&quot; from the command line yet.</source>
        <translation>Komponentar kan ikkje leggjast til i &quot;%1&quot; frå kommandolinja enno.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>The layout set %1 has no page &quot;%2&quot; (it has: %3)</source>
        <translation>Sidegruppa %1 har inga side &quot;%2&quot; (sider som finst: %3)</translation>
    </message>
    <message>
        <source>%1 is made by the app itself and cannot be added by hand</source>
        <translation>%1 blir laga av appen sjølv og kan ikkje leggjast til manuelt</translation>
    </message>
    <message>
        <source>%1 is not available in this app&apos;s frontend (%2); see &quot;layout types --app&quot;</source>
        <translation>%1 er ikkje tilgjengeleg i frontenden til denne appen (%2); sjå &quot;layout types --app&quot;</translation>
    </message>
    <message>
        <source>Note: the designer does not know the type %1; it is added with only its id and type.</source>
        <translation>Merk: Altinn Designer kjenner ikkje typen %1; komponenten blir lagd til med berre id og type.</translation>
    </message>
    <message>
        <source>The page %1 has no component &quot;%2&quot;</source>
        <translation>Sida %1 har ingen komponent &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added %1 (%2) to %3.</source>
        <translation>La til %1 (%2) i %3.</translation>
    </message>
    <message>
        <source>The layout set (UI folder); may be left out when the app has only one.</source>
        <translation>Sidegruppa (UI-mappa); kan utelatast når appen berre har éi.</translation>
    </message>
    <message>
        <source>The page to add the component to.</source>
        <translation>Sida komponenten skal leggjast til på.</translation>
    </message>
    <message>
        <source>The component type (see &quot;layout types&quot;).</source>
        <translation>Komponenttypen (sjå &quot;layout types&quot;).</translation>
    </message>
    <message>
        <source>The new component&apos;s id (default: TYPE-xxxxxx).</source>
        <translation>Id-en til den nye komponenten (standard: TYPE-xxxxxx).</translation>
    </message>
    <message>
        <source>A container on the page to put the component in.</source>
        <translation>Ein behaldar på sida som komponenten skal plasserast i.</translation>
    </message>
    <message>
        <source>The position among its siblings, from 0 (default: last).</source>
        <translation>Plasseringa blant komponentane på same nivå, frå 0 (standard: sist).</translation>
    </message>
    <message>
        <source>A data-model binding, e.g. simpleBinding=person.name (repeatable).</source>
        <translation>Ei knyting til datamodellen, t.d. simpleBinding=person.name (kan gjentakast).</translation>
    </message>
    <message>
        <source>A text binding, e.g. title=person.name.label (repeatable).</source>
        <translation>Ei tekstknyting, t.d. title=person.name.label (kan gjentakast).</translation>
    </message>
    <message>
        <source>Adds a component with everything the layout schema requires (bindings the command line does not give are left empty for the form builder to fill in), through the same edit as the designer. Bindings are written as {&quot;field&quot;, &quot;dataType&quot;} in apps of frontend 9 and as a path before. In Tabs and Cards the component goes into the last tab or card, in a Grid into a new row. Exits with 0 when it was added, 1 when it was refused, 2 for bad arguments or an app that cannot be loaded.</source>
        <translation>Legg til ein komponent med alt som JSON Schema for sider krev (knytingar som ikkje blir oppgitt på kommandolinja, blir ståande tomme og kan fyllast ut i skjemaredigeringa), med den same redigeringa som Altinn Designer brukar. Knytingar blir skrivne som {&quot;field&quot;, &quot;dataType&quot;} i appar med frontend 9 og som ein sti i tidlegare versjonar. I Tabs og Cards hamnar komponenten i den siste fana eller det siste kortet, i ein Grid i ei ny rad. Avsluttar med 0 når komponenten vart lagd til, 1 når han vart avvist, og 2 ved ugyldige argument eller når appen ikkje kan lastast inn.</translation>
    </message>
    <message>
        <source>--page and --type are required (see --help)</source>
        <translation>--page og --type må oppgjevast (sjå --help)</translation>
    </message>
    <message>
        <source>--index must be a whole number from 0</source>
        <translation>--index må vere eit heiltal frå og med 0</translation>
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
        <translation>Ukjend layout-kommando &quot;%1&quot; (sjå layout --help)</translation>
    </message>
    <message>
        <source>(the name comes from the file&apos;s name; choose another with --name NAME)</source>
        <translation>(namnet kjem frå filnamnet; vel eit anna med --name NAME)</translation>
    </message>
    <message>
        <source>The layout set (UI folder) to add the page to; may be left out when the app has only one.</source>
        <translation>Sidegruppa (UI-mappa) sida skal leggjast til i; kan utelatast når appen berre har éi.</translation>
    </message>
    <message>
        <source>The name of the new page (letters, digits, &quot;_&quot; and &quot;-&quot;).</source>
        <translation>Namnet på den nye sida (bokstavar, siffer, &quot;_&quot; og &quot;-&quot;).</translation>
    </message>
    <message>
        <source>Where the page goes in the page order, from 0 (default: last).</source>
        <translation>Kvar sida skal stå i siderekkjefølgja, frå 0 (standard: sist).</translation>
    </message>
    <message>
        <source>Adds an empty page to a layout set: the page file and its entry in the set&apos;s page order (Settings.json).</source>
        <translation>Legg til ei tom side i ei sidegruppe: sidefila og oppføringa i siderekkjefølgja til sidegruppa (Settings.json).</translation>
    </message>
    <message>
        <source>--page is missing (see --help)</source>
        <translation>--page manglar (sjå --help)</translation>
    </message>
    <message>
        <source>Added the page %1 to %2 (%3).</source>
        <translation>La til sida %1 i %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is missing (see --help)</source>
        <translation>%1 manglar (sjå --help)</translation>
    </message>
    <message>
        <source>Too many arguments: expected %1 (see --help)</source>
        <translation>For mange argument: venta %1 (sjå --help)</translation>
    </message>
    <message>
        <source>The app has no language &quot;%1&quot; (it has: %2); add it with &quot;texts add-language&quot;</source>
        <translation>Appen har ikkje språket &quot;%1&quot; (språk som finst: %2); legg det til med &quot;texts add-language&quot;</translation>
    </message>
    <message>
        <source>The language, e.g. nb.</source>
        <translation>Språket, t.d. nb.</translation>
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
        <translation>Legg inn teksten for ein nøkkel på eitt språk. Ein nøkkel som appen ikkje har enno, blir lagd til på alle språk (tom på dei andre språka). Ein VALUE som byrjar med &quot;-&quot;, blir skriven etter &quot;--&quot;.</translation>
    </message>
    <message>
        <source>%1 already has this text in %2; nothing changed.</source>
        <translation>%1 har alt denne teksten på %2; ingenting vart endra.</translation>
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
        <translation>Endra teksten for %1 på %2.</translation>
    </message>
    <message>
        <source>The key to rename.</source>
        <translation>Nøkkelen som skal endrast.</translation>
    </message>
    <message>
        <source>The new key.</source>
        <translation>Den nye nøkkelen.</translation>
    </message>
    <message>
        <source>Renames a text key in every language and every place of the app that names it (pages of all layout sets, code lists, Settings.json, the footer, the metadata title, the process, expressions), as one change. C# code that names the key is not changed; it is listed after the result.</source>
        <translation>Endrar ein tekstnøkkel på alle språk og alle stader i appen som viser til han (sider i alle sidegrupper, kodelister, Settings.json, botnteksten, tittelen i metadataa, prosessen, uttrykk), som éi endring. C#-kode som viser til nøkkelen, blir ikkje endra, men blir lista opp etter resultatet.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 in %3 files.</source>
        <translation>Endra %1 til %2 i %3 filer.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <source>The key to delete.</source>
        <translation>Nøkkelen som skal slettast.</translation>
    </message>
    <message>
        <source>Delete the key even where the app still uses it (the places are left as they are).</source>
        <translation>Slett nøkkelen òg der appen framleis brukar han (desse stadene blir ståande som dei er).</translation>
    </message>
    <message>
        <source>Deletes a text key from every language. Refused while a place of the app names the key (the places are listed), unless --force is given.</source>
        <translation>Slettar ein tekstnøkkel frå alle språk. Blir avvist så lenge ein stad i appen viser til nøkkelen (stadene blir lista opp), med mindre --force er oppgitt.</translation>
    </message>
    <message>
        <source>Deleted %1 from %2 files.</source>
        <translation>Sletta %1 frå %2 filer.</translation>
    </message>
    <message>
        <source>The ISO 639-1 code of the new language, e.g. en.</source>
        <translation>ISO 639-1-koden for det nye språket, t.d. en.</translation>
    </message>
    <message>
        <source>Copy every text of this language into the new one.</source>
        <translation>Kopier alle tekstane på dette språket til det nye.</translation>
    </message>
    <message>
        <source>Adds the text file of a language, written like the app&apos;s other text files. With --from it starts as a copy of that language&apos;s texts (to translate); without, it has no texts.</source>
        <translation>Legg til tekstfila for eit språk, skriven på same måte som dei andre tekstfilene i appen. Med --from byrjar ho som ein kopi av tekstane på det språket (til omsetjing); utan --from har ho ingen tekstar.</translation>
    </message>
    <message>
        <source>Added the language %1 with %2 texts from %3.</source>
        <translation>La til språket %1 med %2 tekstar frå %3.</translation>
    </message>
    <message>
        <source>Added the language %1.</source>
        <translation>La til språket %1.</translation>
    </message>
    <message>
        <source>%1 keys in %2 languages; source language %3</source>
        <translation>%1 nøklar på %2 språk; kjeldespråk %3</translation>
    </message>
    <message>
        <source>%1: %2 missing, %3 empty</source>
        <translation>%1: %2 manglar, %3 tomme</translation>
    </message>
    <message>
        <source>, %1 untranslated</source>
        <translation>, %1 ikkje omsett</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manglar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomme</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>ikkje omsett</translation>
    </message>
    <message>
        <source>Unused keys: %1</source>
        <translation>Ubrukte nøklar: %1</translation>
    </message>
    <message>
        <source>Print the coverage as JSON.</source>
        <translation>Skriv ut dekninga som JSON.</translation>
    </message>
    <message>
        <source>The language others are compared with for &quot;untranslated&quot; (default: nb, else the first).</source>
        <translation>Språket dei andre språka blir samanlikna med for å finne tekstar som ikkje er omsette (standard: nb, elles det første).</translation>
    </message>
    <message>
        <source>Prints, per language, the keys that are missing (another language has them), empty, or untranslated (the same text as the source language), and the keys no place of the app uses. JSON: {&quot;languages&quot;: {LANG: {&quot;missing&quot;, &quot;empty&quot;, &quot;untranslated&quot;}}, &quot;unused&quot;, &quot;sourceLanguage&quot;, &quot;pages&quot;}.</source>
        <translation>Skriv ut, per språk, nøklane som manglar (eit anna språk har dei), er tomme eller ikkje er omsette (same tekst som på kjeldespråket), og nøklane som ikkje blir brukte nokon stad i appen. JSON: {&quot;languages&quot;: {LANG: {&quot;missing&quot;, &quot;empty&quot;, &quot;untranslated&quot;}}, &quot;unused&quot;, &quot;sourceLanguage&quot;, &quot;pages&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code such as nb, nn or en</source>
        <translation>&quot;%1&quot; er ikkje ein ISO 639-1-språkkode som nb, nn eller en</translation>
    </message>
    <message>
        <source>The app has no texts</source>
        <translation>Appen har ingen tekstar</translation>
    </message>
    <message>
        <source>The app has only the language %1; name the target language with --target</source>
        <translation>Appen har berre språket %1; oppgje målspråket med --target</translation>
    </message>
    <message>
        <source>The source and target languages are both %1</source>
        <translation>Både kjeldespråket og målspråket er %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 texts to %2.</source>
        <translation>Skreiv %1 tekstar til %2.</translation>
    </message>
    <message>
        <source>xliff (XLIFF 2.0) or csv.</source>
        <translation>xliff (XLIFF 2.0) eller csv.</translation>
    </message>
    <message>
        <source>XLIFF: the source language (default: nb, else the first). CSV: a column.</source>
        <translation>XLIFF: kjeldespråket (standard: nb, elles det første). CSV: ein kolonne.</translation>
    </message>
    <message>
        <source>XLIFF: the target language (default: the first other language; may be one the app lacks). CSV: a column.</source>
        <translation>XLIFF: målspråket (standard: det første andre språket; kan vere eit språk appen ikkje har). CSV: ein kolonne.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Skriv til denne fila i staden for til standard utdata.</translation>
    </message>
    <message>
        <source>Writes the texts for translators. XLIFF 2.0: one unit per key with the source and target texts and notes on where the text is used. CSV (UTF-8, comma-separated): a column per language, every language unless --source or --target name the columns.</source>
        <translation>Skriv ut tekstane til omsetjarar. XLIFF 2.0: éi eining (unit) per nøkkel med kjelde- og måltekst og merknader om kvar teksten blir brukt. CSV (UTF-8, kommaseparert): éin kolonne per språk, alle språk med mindre --source eller --target vel kolonnane.</translation>
    </message>
    <message>
        <source>--format must be xliff or csv</source>
        <translation>--format må vere xliff eller csv</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manglar)</translation>
    </message>
    <message numerus="yes">
        <source>Note: the source text of %n key(s) changed since the file was made: %1</source>
        <translation>
            <numerusform>Merk: kjeldeteksten for %n nøkkel er endra sidan fila vart laga: %1</numerusform>
            <numerusform>Merk: kjeldeteksten for %n nøklar er endra sidan fila vart laga: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An XLIFF 2.0 or CSV file.</source>
        <translation>Ei XLIFF 2.0- eller CSV-fil.</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>Berre skriv ut kva som ville blitt endra.</translation>
    </message>
    <message>
        <source>Import even when the file has keys the app does not have (those are skipped).</source>
        <translation>Importer òg når fila har nøklar som appen ikkje har (dei blir hoppa over).</translation>
    </message>
    <message>
        <source>Imports translated texts from an XLIFF 2.0 file (the &lt;target&gt; of each unit) or a CSV file (header key,LANG...), as one change. Prints each change, then a summary. Empty cells and targets change nothing; languages the app lacks are added. A file with keys the app does not have is refused unless --skip-unknown is given.</source>
        <translation>Importerer omsette tekstar frå ei XLIFF 2.0-fil (&lt;target&gt; i kvar unit) eller ei CSV-fil (overskriftsrad key,LANG...), som éi endring. Skriv ut kvar endring og deretter eit samandrag. Tomme celler og target-element endrar ingenting; språk som appen manglar, blir lagde til. Ei fil med nøklar som appen ikkje har, blir avvist med mindre --skip-unknown er oppgitt.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fila finst ikkje: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n key(s) the app does not have: %1. Nothing was imported; use --skip-unknown to import the other texts.</source>
        <translation>
            <numerusform>Fila har %n nøkkel som appen ikkje har: %1. Ingenting vart importert; bruk --skip-unknown for å importere dei andre tekstane.</numerusform>
            <numerusform>Fila har %n nøklar som appen ikkje har: %1. Ingenting vart importert; bruk --skip-unknown for å importere dei andre tekstane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1</source>
        <translation>Prøvekøyring, ingenting er endra: %1</translation>
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
        <translation>Ukjend texts-kommando &quot;%1&quot; (sjå texts --help)</translation>
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

Arbeider med repo for Altinn-appar (mappa som inneheld App/) med den same koden som Altinn Designer.

Kommandoar:
  resave APP_DIR                             Last inn alle filer Altinn Designer forstår, og skriv dei tilbake.
  validate APP_DIR [--json]                  Kontroller appen og skriv ut eitt funn per linje.
  new APP_DIR --org ORG --app NAME [--v8]    Opprett ein ny app frå den innebygde malen.
  model import APP_DIR FILE.xsd [--name NAME]  Importer ein XSD som datamodell i appen.
  model convert FILE --to json-schema|xsd|csharp  Konverter ein datamodell (resultatet blir skrive til stdout).
  layout types [--app APP_DIR]               List opp komponenttypane som skjemaredigeringa tilbyr.
  layout add-component APP_DIR --page PAGE --type TYPE [...]  Legg til ein komponent på ei side.
  layout add-page APP_DIR --page PAGE [...]  Legg til ei side i ei sidegruppe.
  texts set|rename|add-language|coverage|export|import APP_DIR ...  Arbeid med tekstane i appen.
  expr test PATH... | expr eval EXPRESSION_JSON [--data FILE]  Køyr delte uttrykkstestar, eller evaluer eitt uttrykk.

Køyr &quot;altinn-designer-cli COMMAND --help&quot; for detaljar om ein kommando.
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
        <translation>List òg opp beståtte feiltilfelle der feilmeldinga avvik frå den oppgitte.</translation>
    </message>
    <message>
        <source>Run shared expression test cases (files or folders of *.json).</source>
        <translation>Køyr delte testtilfelle for uttrykk (filer eller mapper med *.json).</translation>
    </message>
    <message>
        <source>PATH is missing (see --help)</source>
        <translation>PATH manglar (sjå --help)</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Fila eller mappa finst ikkje: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestått, %2 feila</translation>
    </message>
    <message>
        <source>, %1 unsupported</source>
        <translation>, %1 ikkje støtta</translation>
    </message>
    <message>
        <source>A JSON file used as the default data model.</source>
        <translation>Ei JSON-fil som blir brukt som standard datamodell.</translation>
    </message>
    <message>
        <source>Evaluate one expression and print the result as JSON.</source>
        <translation>Evaluer eitt uttrykk og skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Expected exactly one EXPRESSION_JSON (see --help)</source>
        <translation>Venta nøyaktig eitt EXPRESSION_JSON (sjå --help)</translation>
    </message>
    <message>
        <source>The expression is not valid JSON: %1</source>
        <translation>Uttrykket er ikkje gyldig JSON: %1</translation>
    </message>
    <message>
        <source>Unknown expr command &quot;%1&quot; (see expr --help)</source>
        <translation>Ukjend expr-kommando &quot;%1&quot; (sjå expr --help)</translation>
    </message>
</context>
<context>
    <name>ComponentCatalog</name>
    <message>
        <source>The component catalog is missing from the program.</source>
        <translation>Komponentkatalogen manglar i programmet.</translation>
    </message>
    <message>
        <source>The designer does not know the component type &quot;%1&quot;, so it cannot place components in it.</source>
        <translation>Altinn Designer kjenner ikkje komponenttypen &quot;%1&quot; og kan difor ikkje plassere komponentar i han.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes its rows itself; components cannot be added to it.</source>
        <translation>&quot;%1&quot; lagar radene sine sjølv, så komponentar kan ikkje leggjast til der.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot hold other components.</source>
        <translation>&quot;%1&quot; kan ikkje innehalde andre komponentar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no place called &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; har ingen plass som heiter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made by the app itself and cannot be added by hand.</source>
        <translation>&quot;%1&quot; blir laga av appen sjølv og kan ikkje leggjast til manuelt.</translation>
    </message>
    <message>
        <source>The designer does not know whether the component type &quot;%1&quot; may be placed in &quot;%2&quot;.</source>
        <translation>Altinn Designer veit ikkje om komponenttypen &quot;%1&quot; kan plasserast i &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in &quot;%2&quot;. %3</source>
        <translation>&quot;%1&quot; kan ikkje plasserast i &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>A type in the component catalog has no name.</source>
        <translation>Ein type i komponentkatalogen manglar namn.</translation>
    </message>
    <message>
        <source>The type %1 uses the unknown property group %2.</source>
        <translation>Typen %1 brukar den ukjende eigenskapsgruppa %2.</translation>
    </message>
    <message>
        <source>The component catalog has an unknown format.</source>
        <translation>Komponentkatalogen har eit ukjent format.</translation>
    </message>
    <message>
        <source>The component catalog lists %1 twice.</source>
        <translation>Komponentkatalogen inneheld %1 to gonger.</translation>
    </message>
    <message>
        <source>The type %1 is like the unknown type %2.</source>
        <translation>Typen %1 skal likne på den ukjende typen %2.</translation>
    </message>
    <message>
        <source>The id pattern of the component catalog is not a valid regular expression.</source>
        <translation>Id-mønsteret i komponentkatalogen er ikkje eit gyldig regulært uttrykk.</translation>
    </message>
    <message>
        <source>The component catalog lists no types.</source>
        <translation>Komponentkatalogen inneheld ingen typar.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <source>Update the bindings of %1</source>
        <translation>Oppdater knytingane til %1</translation>
    </message>
    <message>
        <source>Two different types would both become the C# class %1 (the second at %2)</source>
        <translation>To ulike typar ville begge blitt C#-klassen %1 (den andre ved %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (at %2) cannot be a name in C#</source>
        <translation>&quot;%1&quot; (ved %2) kan ikkje brukast som namn i C#</translation>
    </message>
    <message>
        <source>%1 has the type %2, which C# models do not support</source>
        <translation>%1 har typen %2, som C#-modellar ikkje støttar</translation>
    </message>
    <message>
        <source>The fixed value &quot;%1&quot; of %2 does not fit its type %3</source>
        <translation>Den faste verdien &quot;%1&quot; for %2 passar ikkje til typen %3</translation>
    </message>
    <message>
        <source>%1 would get the C# name %2, the same as its class, which C# does not allow</source>
        <translation>%1 ville fått C#-namnet %2, som er det same som namnet på klassen, og det er ikkje tillate i C#</translation>
    </message>
    <message>
        <source>Two members of the C# class %1 would both be named %2 (XML names that differ only by &apos;-&apos;?), at %3</source>
        <translation>To medlemer i C#-klassen %1 ville begge fått namnet %2 (XML-namn som berre skil seg frå kvarandre med &apos;-&apos;?), ved %3</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points to another file, which C# generation cannot follow</source>
        <translation>Referansen &quot;%1&quot; peikar på ei anna fil, som C#-genereringa ikkje kan følgje</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points to nothing</source>
        <translation>Referansen &quot;%1&quot; peikar ikkje på noko</translation>
    </message>
    <message>
        <source>References nest too deeply at %1</source>
        <translation>Referansane er nøsta for djupt ved %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an XML name (it must start with a letter or _ and hold no spaces or colons)</source>
        <translation>&quot;%1&quot; kan ikkje vere eit XML-namn (det må byrje med ein bokstav eller _ og kan ikkje innehalde mellomrom eller kolon)</translation>
    </message>
    <message>
        <source>A JSON Schema must be an object</source>
        <translation>Eit JSON Schema må vere eit objekt</translation>
    </message>
    <message>
        <source>An alternative of a choice cannot declare attributes</source>
        <translation>Eit alternativ i eit val (choice) kan ikkje deklarere attributt</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; does not point to a definition of this schema</source>
        <translation>Referansen &quot;%1&quot; peikar ikkje på ein definisjon i same JSON Schema</translation>
    </message>
    <message>
        <source>A group of elements cannot declare attributes</source>
        <translation>Ei elementgruppe kan ikkje deklarere attributt</translation>
    </message>
    <message>
        <source>The text value of an element with attributes must have a named or built-in type</source>
        <translation>Tekstverdien til eit element med attributt må ha ein namngitt eller innebygd type</translation>
    </message>
    <message>
        <source>An element with a text value cannot contain elements</source>
        <translation>Eit element med tekstverdi kan ikkje innehalde element</translation>
    </message>
    <message>
        <source>A value of several types (%1) has no XSD form</source>
        <translation>Ein verdi med fleire typar (%1) kan ikkje uttrykkjast i XSD</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; cannot be the type of a simple value</source>
        <translation>Typen &quot;%1&quot; kan ikkje vere typen til ein enkel verdi</translation>
    </message>
    <message>
        <source>multipleOf %1 has no XSD form (only 1, 0.1, 0.01, ... map to fractionDigits)</source>
        <translation>multipleOf %1 kan ikkje uttrykkjast i XSD (berre 1, 0.1, 0.01, ... kan gjerast om til fractionDigits)</translation>
    </message>
    <message>
        <source>enum must be an array</source>
        <translation>enum må vere ei liste</translation>
    </message>
    <message>
        <source>Only a string, number or boolean can be written here</source>
        <translation>Berre ein streng, eit tal eller ein boolsk verdi kan skrivast her</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by a data type that is not a data model</source>
        <translation>Namnet &quot;%1&quot; er alt brukt av ein datatype som ikkje er ein datamodell</translation>
    </message>
    <message>
        <source>The data model &quot;%1&quot; already has a root class named &quot;%2&quot;; two models cannot share it</source>
        <translation>Datamodellen &quot;%1&quot; har alt ein rotklasse med namnet &quot;%2&quot;; to modellar kan ikkje ha same rotklasse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid model name: start with a letter and use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>&quot;%1&quot; er ikkje eit gyldig modellnamn: byrj med ein bokstav og bruk bokstavar, siffer, &apos;_&apos;, &apos;-&apos; og &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name for a new model: start with a letter and use letters, digits and &apos;_&apos;</source>
        <translation>&quot;%1&quot; er ikkje eit gyldig namn på ein ny modell: byrj med ein bokstav og bruk bokstavar, siffer og &apos;_&apos;</translation>
    </message>
    <message>
        <source>The app already has a data model named &quot;%1&quot;</source>
        <translation>Appen har alt ein datamodell med namnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no layout set &quot;%1&quot;</source>
        <translation>Det finst inga sidegruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; already uses the data type &quot;%2&quot;</source>
        <translation>Sidegruppa &quot;%1&quot; brukar alt datatypen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no Settings.json to point at the model</source>
        <translation>Sidegruppa &quot;%1&quot; har ingen Settings.json der modellen kan oppgjevast</translation>
    </message>
    <message>
        <source>The app&apos;s applicationmetadata.json is missing or cannot be read</source>
        <translation>Appen manglar applicationmetadata.json, eller fila kan ikkje lesast</translation>
    </message>
    <message>
        <source>Import the data model %1</source>
        <translation>Importer datamodellen %1</translation>
    </message>
    <message>
        <source>The data model schema is not a JSON object</source>
        <translation>JSON Schema for datamodellen er ikkje eit JSON-objekt</translation>
    </message>
    <message>
        <source>Both documents must be XML Schemas (xsd:schema)</source>
        <translation>Begge dokumenta må vere XML Schema (xsd:schema)</translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE %1&gt;). Document types and entities are not allowed: they can make a file read other files or the network.</source>
        <translation>Fila deklarerer ein dokumenttype (&lt;!DOCTYPE %1&gt;). Dokumenttypar og entitetar er ikkje tillatne: dei kan få ei fil til å lese andre filer eller hente data frå nettet.</translation>
    </message>
    <message>
        <source>The file refers to another resource (%1), which is never fetched or read.</source>
        <translation>Fila viser til ein annan ressurs (%1), som aldri blir henta eller lesen.</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>Fila har ikkje noko XML-element</translation>
    </message>
    <message>
        <source>This is not an XML Schema: the root element is &lt;%1&gt;, not &lt;xsd:schema&gt; in the namespace %2</source>
        <translation>Dette er ikkje eit XML Schema: rotelementet er &lt;%1&gt;, ikkje &lt;xsd:schema&gt; i namnerommet %2</translation>
    </message>
    <message>
        <source>xsd:%1 of &quot;%2&quot; is not supported: the designer never fetches or reads other files. Put the types this schema needs into the file itself.</source>
        <translation>xsd:%1 av &quot;%2&quot; er ikkje støtta: Altinn Designer hentar eller les aldri andre filer. Legg typane denne XSD-en treng, inn i sjølve fila.</translation>
    </message>
    <message>
        <source>it could not be loaded</source>
        <translation>han kunne ikkje lastast inn</translation>
    </message>
    <message>
        <source>The XSD cannot be used to validate: %1</source>
        <translation>XSD-en kan ikkje brukast til validering: %1</translation>
    </message>
    <message>
        <source>The schema nests types and groups too deeply to convert</source>
        <translation>XSD-en har typar og grupper som er nøsta for djupt til å kunne konverterast</translation>
    </message>
    <message>
        <source>The schema attribute %1 has an invalid value &quot;%2&quot;</source>
        <translation>Attributtet %1 på xsd:schema har den ugyldige verdien &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The global %1 has no name</source>
        <translation>Den globale deklarasjonen %1 har ikkje noko namn</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is declared twice at the top of the schema (also on line %2); the JSON Schema keeps one definition per name</source>
        <translation>Namnet &quot;%1&quot; er deklarert to gonger på øvste nivå i XSD-en (òg på linje %2); i JSON Schema kan det berre vere éin definisjon per namn</translation>
    </message>
    <message>
        <source>%1 is not supported in a data model</source>
        <translation>%1 er ikkje støtta i ein datamodell</translation>
    </message>
    <message>
        <source>The file is not an XML Schema: its root element is not xsd:schema</source>
        <translation>Fila er ikkje eit XML Schema: rotelementet er ikkje xsd:schema</translation>
    </message>
    <message>
        <source>The global element has no name</source>
        <translation>Det globale elementet har ikkje noko namn</translation>
    </message>
    <message>
        <source>%1 is not supported inside %2 in a data model</source>
        <translation>%1 er ikkje støtta inne i %2 i ein datamodell</translation>
    </message>
    <message>
        <source>The complex content has no extension or restriction</source>
        <translation>Det komplekse innhaldet har verken utviding eller avgrensing</translation>
    </message>
    <message>
        <source>The simple content has no extension or restriction</source>
        <translation>Det enkle innhaldet har verken utviding eller avgrensing</translation>
    </message>
    <message>
        <source>%1 needs a ref attribute naming a declared group</source>
        <translation>%1 må ha eit ref-attributt som gir namnet på ei deklarert gruppe</translation>
    </message>
    <message>
        <source>minOccurs must be a whole number, not &quot;%1&quot;</source>
        <translation>minOccurs må vere eit heiltal, ikkje &quot;%1&quot;</translation>
    </message>
    <message>
        <source>maxOccurs must be a whole number or &quot;unbounded&quot;, not &quot;%1&quot;</source>
        <translation>maxOccurs må vere eit heiltal eller &quot;unbounded&quot;, ikkje &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The prefix of the element reference &quot;%1&quot; is not declared</source>
        <translation>Prefikset i elementreferansen &quot;%1&quot; er ikkje deklarert</translation>
    </message>
    <message>
        <source>The element has neither a name nor a ref</source>
        <translation>Elementet har verken namn (name) eller referanse (ref)</translation>
    </message>
    <message>
        <source>The prefix of the attribute reference &quot;%1&quot; is not declared</source>
        <translation>Prefikset i attributtreferansen &quot;%1&quot; er ikkje deklarert</translation>
    </message>
    <message>
        <source>The attribute has neither a name nor a ref</source>
        <translation>Attributtet har verken namn (name) eller referanse (ref)</translation>
    </message>
    <message>
        <source>processContents must be skip, lax or strict, not &quot;%1&quot;</source>
        <translation>processContents må vere skip, lax eller strict, ikkje &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The built-in list type xsd:%1 is not supported in a data model</source>
        <translation>Den innebygde listetypen xsd:%1 er ikkje støtta i ein datamodell</translation>
    </message>
    <message>
        <source>xsd:%1 is not a built-in XML Schema type</source>
        <translation>xsd:%1 er ikkje ein innebygd XML Schema-type</translation>
    </message>
    <message>
        <source>The prefix of the type &quot;%1&quot; is not declared</source>
        <translation>Prefikset i typen &quot;%1&quot; er ikkje deklarert</translation>
    </message>
    <message>
        <source>The simple type has no restriction or list</source>
        <translation>Den enkle typen har verken avgrensing eller liste</translation>
    </message>
    <message>
        <source>The restriction has neither a base type nor a simple type</source>
        <translation>Avgrensinga har verken basistype eller enkel type</translation>
    </message>
    <message>
        <source>The list has no item type</source>
        <translation>Lista har ingen elementtype</translation>
    </message>
    <message>
        <source>The facet %1 is not supported in a data model</source>
        <translation>Fasetten %1 er ikkje støtta i ein datamodell</translation>
    </message>
    <message>
        <source>The facet %1 needs a whole number, not &quot;%2&quot;</source>
        <translation>Fasetten %1 må ha eit heiltal, ikkje &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The facet %1 needs a number, not &quot;%2&quot;</source>
        <translation>Fasetten %1 må ha eit tal, ikkje &quot;%2&quot;</translation>
    </message>
    <message>
        <source>An identity constraint must be a key, keyref or unique</source>
        <translation>Ei identitetsavgrensing må vere key, keyref eller unique</translation>
    </message>
    <message>
        <source>The attribute %1 on %2 is not supported in a data model</source>
        <translation>Attributtet %1 på %2 er ikkje støtta i ein datamodell</translation>
    </message>
    <message>
        <source>An annotation inside %1 is not supported in a data model</source>
        <translation>Ein merknad (annotation) inne i %1 er ikkje støtta i ein datamodell</translation>
    </message>
    <message>
        <source>A prohibited attribute can only be named in a data model, not described by %1</source>
        <translation>Eit forbode attributt (prohibited) kan berre namngjevast i ein datamodell, ikkje skildrast med %1</translation>
    </message>
    <message>
        <source>Foreign attributes on a derivation from xsd:anyType are not supported in a data model</source>
        <translation>Framande attributt på ei avleiing frå xsd:anyType er ikkje støtta i ein datamodell</translation>
    </message>
    <message>
        <source>The prefix of the substitution group &quot;%1&quot; is not declared</source>
        <translation>Prefikset i erstatningsgruppa (substitutionGroup) &quot;%1&quot; er ikkje deklarert</translation>
    </message>
    <message>
        <source>%1 needs a selector and at least one field</source>
        <translation>%1 må ha eit selector-element og minst eitt field-element</translation>
    </message>
    <message>
        <source>Annotations on more than one %1 facet of a restriction are not supported in a data model</source>
        <translation>Merknader (annotation) på meir enn éin %1-fasett i ei avgrensing er ikkje støtta i ein datamodell</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>a text</source>
        <translation>ein tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eit tal</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>ein ja/nei-verdi</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein dato</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>éin enkelt verdi</translation>
    </message>
    <message>
        <source>a list of values</source>
        <translation>ei liste med verdiar</translation>
    </message>
    <message>
        <source>a repeating group</source>
        <translation>ei repeterande gruppe</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>kva felt som helst</translation>
    </message>
    <message>
        <source>This binding expects %1, but &quot;%2&quot; is %3.</source>
        <translation>Denne knytinga ventar %1, men &quot;%2&quot; er av typen %3.</translation>
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
        <translation>Legg til eit språk</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Søk etter namn eller kode</translation>
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
        <translation>Kopier tekstar frå</translation>
    </message>
    <message>
        <source>(none: start empty)</source>
        <translation>(ingen: start utan tekstar)</translation>
    </message>
    <message>
        <source>&amp;Copy texts from:</source>
        <translation>&amp;Kopier tekstar frå:</translation>
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
        <translation>Fjern frå komponenten (bruk standardverdien)</translation>
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
        <translation>Blir avgjort av eit uttrykk når skjemaet blir fylt ut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The expression in the file</source>
        <translation>Uttrykket i fila</translation>
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
        <translation>Fila har %1, som verken er ja/nei eller eit uttrykk.</translation>
    </message>
</context>
<context>
    <name>Designer::CanvasModel</name>
    <message>
        <source>(text from an expression)</source>
        <translation>(tekst frå eit uttrykk)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed as a child, but the page has no component with this id.</source>
        <translation>Står oppført som underkomponent, men sida har ingen komponent med denne id-en.</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>Knytt til %1</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>knytt til %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkravd</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>gøymd</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be dropped here.</source>
        <translation>Ingenting kan sleppast her.</translation>
    </message>
</context>
<context>
    <name>Designer::CanvasView</name>
    <message>
        <source>Page canvas</source>
        <translation>Arbeidsflate for sida</translation>
    </message>
    <message>
        <source>The components of the page as cards. Drag to move; Alt+arrows move the selected component.</source>
        <translation>Komponentane på sida som kort. Dra for å flytte; Alt+piltastar flyttar den valde komponenten.</translation>
    </message>
    <message>
        <source>This page is empty. Drag components here from the palette, or select one and press Enter.</source>
        <translation>Denne sida er tom. Dra komponentar hit frå paletten, eller vel ein og trykk Enter.</translation>
    </message>
    <message>
        <source>Choose a page to see its components.</source>
        <translation>Vel ei side for å sjå komponentane.</translation>
    </message>
</context>
<context>
    <name>Designer::CardDelegate</name>
    <message>
        <source>Required</source>
        <translation>Påkravd</translation>
    </message>
    <message>
        <source>Required if…</source>
        <translation>Påkravd viss…</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Gøymd</translation>
    </message>
    <message>
        <source>Hidden if…</source>
        <translation>Gøymd viss…</translation>
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
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this page</source>
        <translation>Ikkje på denne sida</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Ukjend type</translation>
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
        <translation>ikkje på denne sida</translation>
    </message>
</context>
<context>
    <name>Designer::CodeListEditor</name>
    <message>
        <source>unused</source>
        <translation>ikkje i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>brukt %n gong</numerusform>
            <numerusform>brukt %n gonger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>from the library</source>
        <translation>frå biblioteket</translation>
    </message>
    <message>
        <source>provided by code</source>
        <translation>frå appkoden</translation>
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
        <translation>Kodelistene i appen (App/options) og id-ane som sidene brukar utan ei fil</translation>
    </message>
    <message>
        <source>Rows of the code list</source>
        <translation>Radene i kodelista</translation>
    </message>
    <message>
        <source>Places that use the code list</source>
        <translation>Stader som brukar kodelista</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Double-click a place to go there</source>
        <translation>Dobbeltklikk på ein stad for å gå dit</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Ny...</translation>
    </message>
    <message>
        <source>Add a code list (Insert)</source>
        <translation>Legg til ei kodeliste (Insert)</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Endre id...</translation>
    </message>
    <message>
        <source>Rename the code list and every place that uses it (F2)</source>
        <translation>Endre id-en til kodelista og alle stader som brukar ho (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the code list (Delete); refused while it is used</source>
        <translation>Slett kodelista (Delete); ikkje mogleg så lenge ho er i bruk</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Add a row after the current one (Insert)</source>
        <translation>Legg til ei rad etter den gjeldande (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <source>Remove the current row (Delete)</source>
        <translation>Fjern den gjeldande rada (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move the row up (Alt+Up)</source>
        <translation>Flytt rada opp (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move the row down (Alt+Down)</source>
        <translation>Flytt rada ned (Alt+Down)</translation>
    </message>
    <message>
        <source>No file in App/options: the app&apos;s code or the organisation&apos;s library provides this list</source>
        <translation>Inga fil i App/options: koden i appen eller biblioteket til organisasjonen leverer denne lista</translation>
    </message>
    <message>
        <source>Choose a code list, or add one.</source>
        <translation>Vel ei kodeliste, eller legg til ei ny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the code list &quot;%2&quot; of the library of %3 (version %4); the app has no file for it.</source>
        <translation>&quot;%1&quot; er kodelista &quot;%2&quot; i biblioteket til %3 (versjon %4); appen har inga fil for ho.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in App/options: the app&apos;s code provides it (an options provider), so its rows cannot be edited here.</source>
        <translation>&quot;%1&quot; har inga fil i App/options: koden i appen leverer ho (ein options provider), så radene kan ikkje redigerast her.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikkje lesast: %2</translation>
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
        <translation>Verdiar som førekjem meir enn éin gong: %1</translation>
    </message>
    <message>
        <source>No layout uses this code list.</source>
        <translation>Ingen sider brukar denne kodelista.</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s):</source>
        <translation>
            <numerusform>Brukt på %n stad:</numerusform>
            <numerusform>Brukt på %n stader:</numerusform>
        </translation>
    </message>
    <message>
        <source>New code list</source>
        <translation>Ny kodeliste</translation>
    </message>
    <message>
        <source>Id of the new code list (its file name in App/options, without .json):</source>
        <translation>Id for den nye kodelista (filnamnet i App/options, utan .json):</translation>
    </message>
    <message>
        <source>Rename code list</source>
        <translation>Endre id for kodeliste</translation>
    </message>
    <message>
        <source>New id of &quot;%1&quot; (every place that uses it follows):</source>
        <translation>Ny id for &quot;%1&quot; (alle stader som brukar ho, blir oppdaterte):</translation>
    </message>
    <message>
        <source>Delete code list</source>
        <translation>Slett kodeliste</translation>
    </message>
    <message>
        <source>Delete the code list &quot;%1&quot; (%2)? No layout uses it.</source>
        <translation>Vil du slette kodelista &quot;%1&quot; (%2)? Ingen sider brukar ho.</translation>
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
        <translation>tal</translation>
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
        <translation>anna</translation>
    </message>
    <message>
        <source>This element is not an option object; edit it in the code view</source>
        <translation>Dette elementet er ikkje eit alternativobjekt; rediger det i kjeldevisinga</translation>
    </message>
    <message>
        <source>The JSON type the value is written with; the form compares values as text</source>
        <translation>JSON-typen verdien er skriven med; skjemaet samanliknar verdiar som tekst</translation>
    </message>
    <message>
        <source>Another row has the value &quot;%1&quot; too (values are compared as text): the form cannot tell them apart</source>
        <translation>Ei anna rad har òg verdien &quot;%1&quot; (verdiar blir samanlikna som tekst): skjemaet kan ikkje skilje dei frå kvarandre</translation>
    </message>
    <message>
        <source>The value is null, which Altinn Studio does not accept: give the row a value</source>
        <translation>Verdien er null, noko Altinn Studio ikkje godtek: gi rada ein verdi</translation>
    </message>
    <message>
        <source>Plain text: the app has no text key &quot;%1&quot;</source>
        <translation>Vanleg tekst: appen har ingen tekstnøkkel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Text key &quot;%1&quot; (no text yet)</source>
        <translation>Tekstnøkkel &quot;%1&quot; (ingen tekst enno)</translation>
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
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <source>What the form stores when the option is chosen</source>
        <translation>Det skjemaet lagrar når alternativet blir valt</translation>
    </message>
    <message>
        <source>What the form shows: a text key or plain text</source>
        <translation>Det skjemaet viser: ein tekstnøkkel eller vanleg tekst</translation>
    </message>
    <message>
        <source>A text under the label (optional)</source>
        <translation>Ein tekst under ledeteksten (valfri)</translation>
    </message>
    <message>
        <source>A help text for the option (optional)</source>
        <translation>Ein hjelpetekst for alternativet (valfri)</translation>
    </message>
</context>
<context>
    <name>Designer::CodeView</name>
    <message>
        <source>Source code</source>
        <translation>Kjeldekode</translation>
    </message>
</context>
<context>
    <name>Designer::CodeViewPanel</name>
    <message>
        <source>Source view message</source>
        <translation>Melding i kjeldevisinga</translation>
    </message>
    <message>
        <source>Select a file or a component to see its source.</source>
        <translation>Vel ei fil eller ein komponent for å sjå kjeldekoden.</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Filsti</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>skriveverna</translation>
    </message>
    <message>
        <source>Edit this file in your own editor; the view follows the changes.</source>
        <translation>Rediger fila i ditt eige redigeringsprogram; visinga følgjer med på endringane.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skriveverna</translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation>Søk i fila</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Tekst å søkje etter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Førre</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Finn førre treff (Shift+F3)</translation>
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
        <translation>Lukk søkjefeltet (Esc)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Heldt fram frå slutten</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Heldt fram frå toppen</translation>
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
        <translation>Søk etter komponentar</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentpalett</translation>
    </message>
    <message>
        <source>Drag a component onto the page, or press Enter to add it after the selected component.</source>
        <translation>Dra ein komponent til sida, eller trykk Enter for å leggje han til etter den valde komponenten.</translation>
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
        <translation>Manglar</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tomme</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Ikkje omsett</translation>
    </message>
    <message>
        <source>Gaps per page</source>
        <translation>Manglar per side</translation>
    </message>
    <message>
        <source>Page / key</source>
        <translation>Side / nøkkel</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>Manglar på</translation>
    </message>
    <message>
        <source>Empty in</source>
        <translation>Tom på</translation>
    </message>
    <message>
        <source>Click to select the key in the table</source>
        <translation>Klikk for å velje nøkkelen i tabellen</translation>
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
        <translation>Samanlikna med kjeldespråket, %1. Klikk på ein nøkkel for å velje han i tabellen.</translation>
    </message>
    <message>
        <source>Untranslated (same as the source)</source>
        <translation>Ikkje omsett (lik kjeldeteksten)</translation>
    </message>
    <message numerus="yes">
        <source>Not used anywhere: %n key(s)</source>
        <translation>
            <numerusform>Ikkje brukt nokon stad: %n nøkkel</numerusform>
            <numerusform>Ikkje brukt nokon stad: %n nøklar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) with a gap</source>
        <translation>
            <numerusform>%1: %n nøkkel med manglar</numerusform>
            <numerusform>%1: %n nøklar med manglar</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page has its texts in every language.</source>
        <translation>Alle sider har tekstane sine på alle språk.</translation>
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
        <translation>Datamodellen feltet høyrer til</translation>
    </message>
    <message>
        <source>%1: data model field</source>
        <translation>%1: felt i datamodellen</translation>
    </message>
    <message>
        <source>Expects %1. Type to search the data model, or pick from the tree.</source>
        <translation>Ventar %1. Skriv for å søkje i datamodellen, eller vel frå treet.</translation>
    </message>
    <message>
        <source>Pick a field from the data model</source>
        <translation>Vel eit felt frå datamodellen</translation>
    </message>
    <message>
        <source>%1: pick a field</source>
        <translation>%1: vel eit felt</translation>
    </message>
    <message>
        <source>Remove this binding</source>
        <translation>Fjern denne knytinga</translation>
    </message>
    <message>
        <source>%1 (no data model)</source>
        <translation>%1 (ingen datamodell)</translation>
    </message>
    <message>
        <source>Unbound: the layout set has no data model yet; the path is kept as written.</source>
        <translation>Ikkje knytt: sidegruppa har ingen datamodell enno; stien blir halden slik han er skriven.</translation>
    </message>
    <message>
        <source>Unbound: the data type &quot;%1&quot; has no data model in the app; the path is kept as written.</source>
        <translation>Ikkje knytt: datatypen &quot;%1&quot; har ingen datamodell i appen; stien blir halden slik han er skriven.</translation>
    </message>
    <message>
        <source>Required: choose a field (%1).</source>
        <translation>Påkravd: vel eit felt (%1).</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the data model &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; er ikkje eit felt i datamodellen &quot;%2&quot;.</translation>
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
        <translation>Slett eit felt som er i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used in %n place(s) of the app&apos;s forms:</source>
        <translation>
            <numerusform>%1 er brukt på %n stad i skjemaa i appen:</numerusform>
            <numerusform>%1 er brukt på %n stader i skjemaa i appen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? These bindings will point at nothing.</source>
        <translation>Vil du slette det likevel? Desse knytingane vil då ikkje peike på noko.</translation>
    </message>
    <message>
        <source>Update the bindings?</source>
        <translation>Oppdatere knytingane?</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) or expression(s) in the app&apos;s forms use %1. Update them to %2 as well?</source>
        <translation>
            <numerusform>%n knyting eller uttrykk i skjemaa i appen brukar %1. Vil du oppdatere til %2 der òg?</numerusform>
            <numerusform>%n knytingar eller uttrykk i skjemaa i appen brukar %1. Vil du oppdatere til %2 der òg?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2 and update its bindings</source>
        <translation>Endre namn frå %1 til %2 og oppdater knytingane</translation>
    </message>
    <message>
        <source>Make a reusable type</source>
        <translation>Lag ein type som kan brukast om att</translation>
    </message>
    <message>
        <source>Name of the new type:</source>
        <translation>Namn på den nye typen:</translation>
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
        <translation>Importer ein XSD</translation>
    </message>
    <message>
        <source>XML Schemas (*.xsd)</source>
        <translation>XML Schema-filer (*.xsd)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikkje importere</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>Name of the data model (also its data type):</source>
        <translation>Namn på datamodellen (òg namnet på datatypen):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Use the model in this layout set, which has no data model yet:</source>
        <translation>Bruk modellen i denne sidegruppa, som ikkje har nokon datamodell enno:</translation>
    </message>
    <message>
        <source>New data model</source>
        <translation>Ny datamodell</translation>
    </message>
    <message>
        <source>Name of the new model (letters, digits and _):</source>
        <translation>Namn på den nye modellen (bokstavar, siffer og _):</translation>
    </message>
    <message>
        <source>Cannot make the model</source>
        <translation>Kan ikkje opprette modellen</translation>
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
        <translation>Felta i datamodellen</translation>
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
        <translation>Typane i datamodellen</translation>
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
        <translation>Denne appen har ingen datamodell enno. Importer ein XSD (til dømes ein frå SERES) eller lag ein ny modell.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikkje lesast: %2</translation>
    </message>
    <message>
        <source>%1 (type)</source>
        <translation>%1 (type)</translation>
    </message>
    <message>
        <source>(not generated yet)</source>
        <translation>(ikkje generert enno)</translation>
    </message>
</context>
<context>
    <name>Designer::EditCommand</name>
    <message>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>Kunne ikkje utføre &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>Kunne ikkje angre &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Designer::EditableCodeView</name>
    <message>
        <source>Source code (editable)</source>
        <translation>Kjeldekode (kan redigerast)</translation>
    </message>
</context>
<context>
    <name>Designer::EnumField</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (ikkje i lista)</translation>
    </message>
</context>
<context>
    <name>Designer::ExportDialog</name>
    <message>
        <source>&amp;XLIFF 2.0, for a translator: one source and one target language</source>
        <translation>&amp;XLIFF 2.0, for ein omsetjar: eitt kjeldespråk og eitt målspråk</translation>
    </message>
    <message>
        <source>&amp;CSV, for a spreadsheet: a column per language</source>
        <translation>&amp;CSV, for eit rekneark: éin kolonne per språk</translation>
    </message>
    <message>
        <source>Only the languages shown in the table</source>
        <translation>Berre språka som blir viste i tabellen</translation>
    </message>
    <message>
        <source>Export texts</source>
        <translation>Eksporter tekstar</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Kjeldespråk</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Målspråk</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kjeldespråk:</translation>
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
        <translation>Kjeldespråket og målspråket er det same.</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionBuilder</name>
    <message>
        <source>A condition</source>
        <translation>Eit vilkår</translation>
    </message>
    <message>
        <source>If … then … otherwise</source>
        <translation>Viss … så … elles</translation>
    </message>
    <message>
        <source>Shape of the expression</source>
        <translation>Forma på uttrykket</translation>
    </message>
    <message>
        <source>The expression is</source>
        <translation>Uttrykket er</translation>
    </message>
    <message>
        <source>Compare two values</source>
        <translation>Samanlikn to verdiar</translation>
    </message>
    <message>
        <source>All of these are true (and)</source>
        <translation>Alle desse er sanne (and)</translation>
    </message>
    <message>
        <source>Any of these is true (or)</source>
        <translation>Minst eitt av desse er sant (or)</translation>
    </message>
    <message>
        <source>This is not true (not)</source>
        <translation>Dette er ikkje sant (not)</translation>
    </message>
    <message>
        <source>A yes/no value</source>
        <translation>Ein ja/nei-verdi</translation>
    </message>
    <message>
        <source>Kind of condition</source>
        <translation>Type vilkår</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Samanlikning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Fjern vilkår %1</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Legg til vilkår</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Viss</translation>
    </message>
    <message>
        <source>then</source>
        <translation>så</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>elles</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Elles</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein verdi</translation>
    </message>
    <message>
        <source>another if</source>
        <translation>eit nytt viss-vilkår</translation>
    </message>
    <message>
        <source>Choose the component whose value is used.</source>
        <translation>Vel komponenten som verdien skal hentast frå.</translation>
    </message>
    <message>
        <source>Choose the data model field whose value is used.</source>
        <translation>Vel feltet i datamodellen som verdien skal hentast frå.</translation>
    </message>
    <message>
        <source>This is not a number (write it as 12 or 1.5).</source>
        <translation>Dette er ikkje eit tal (skriv det som 12 eller 1.5).</translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation>er lik</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>er ikkje lik</translation>
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
        <translation>inneheld</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>inneheld ikkje</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>byrjar med</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>sluttar med</translation>
    </message>
    <message>
        <source>has in its comma list</source>
        <translation>har i kommalista si</translation>
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
        <translation>Tal</translation>
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
        <translation>Verdi frå komponent</translation>
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
        <translation>Rett problema først</translation>
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
        <translation>Problem i uttrykket</translation>
    </message>
    <message>
        <source>Result with the preview&apos;s test data: not available yet (it comes with the live preview).</source>
        <translation>Resultat med testdataa i førehandsvisinga: ikkje tilgjengeleg enno (kjem saman med førehandsvisinga).</translation>
    </message>
    <message>
        <source>The visual builder cannot show this expression, so it is shown as JSON.</source>
        <translation>Den visuelle redigeringa kan ikkje vise dette uttrykket, så det blir vist som JSON.</translation>
    </message>
    <message>
        <source>Correct the JSON first: %1</source>
        <translation>Rett JSON-en først: %1</translation>
    </message>
    <message>
        <source>The visual builder cannot show this expression; keep editing it as JSON.</source>
        <translation>Den visuelle redigeringa kan ikkje vise dette uttrykket; hald fram med å redigere det som JSON.</translation>
    </message>
    <message>
        <source>An expression is a list that starts with the name of a function, like [&quot;equals&quot;, …].</source>
        <translation>Eit uttrykk er ei liste som byrjar med namnet på ein funksjon, til dømes [&quot;equals&quot;, …].</translation>
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
        <translation>tekstar</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>heiltal</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>heiltal</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>yes/no values</source>
        <translation>ja/nei-verdiar</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nei</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>datoar</translation>
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
        <translation>verdiar</translation>
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
        <translation>repeterande gruppe</translation>
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
        <translation>Dra eit felt til sida for å leggje til ein komponent som er knytt til feltet, eller trykk Enter for å leggje han til etter den valde komponenten.</translation>
    </message>
    <message>
        <source>This layout set has no data model. Components are added unbound; bind them later, once the model exists.</source>
        <translation>Denne sidegruppa har ingen datamodell. Komponentane blir lagde til utan knyting; knyt dei til seinare, når modellen finst.</translation>
    </message>
    <message>
        <source>The data model %1 cannot be read: %2</source>
        <translation>Datamodellen %1 kan ikkje lesast: %2</translation>
    </message>
    <message>
        <source>Drag a field onto the page to add a component bound to it.</source>
        <translation>Dra eit felt til sida for å leggje til ein komponent som er knytt til feltet.</translation>
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
        <translation>Denne fila kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>Changed by another program while you had unsaved changes</source>
        <translation>Endra av eit anna program medan du hadde ulagra endringar</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (ulagra endringar)</translation>
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
        <translation> (oppgåve %1)</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>Gi komponenten ny id</translation>
    </message>
    <message>
        <source>New id for %1 (references in the layout set are updated):</source>
        <translation>Ny id for %1 (referansar i sidegruppa blir oppdaterte):</translation>
    </message>
    <message>
        <source>&amp;Layout set:</source>
        <translation>&amp;Sidegruppe:</translation>
    </message>
    <message>
        <source>The layout set (process task or subform) whose pages are shown</source>
        <translation>Sidegruppa (prosessoppgåve eller underskjema) som sidene blir viste for</translation>
    </message>
    <message>
        <source>&amp;Texts in:</source>
        <translation>&amp;Tekstar på:</translation>
    </message>
    <message>
        <source>Language of the texts on the canvas</source>
        <translation>Språket til tekstane på arbeidsflata</translation>
    </message>
    <message>
        <source>The language the cards show their texts in</source>
        <translation>Språket korta viser tekstane sine på</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n component(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n komponent&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n komponentar&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already the first here; Alt+Left moves it out of its container.</source>
        <translation>%1 er alt først her; Alt+Left flyttar han ut av behaldaren.</translation>
    </message>
    <message>
        <source>%1 is already the last here.</source>
        <translation>%1 er alt sist her.</translation>
    </message>
    <message>
        <source>There is no container right above %1 to move it into.</source>
        <translation>Det finst ingen behaldar rett over %1 som han kan flyttast inn i.</translation>
    </message>
    <message>
        <source>%1 is not in a container.</source>
        <translation>%1 er ikkje i ein behaldar.</translation>
    </message>
    <message>
        <source>This is the first page.</source>
        <translation>Dette er den første sida.</translation>
    </message>
    <message>
        <source>This is the last page.</source>
        <translation>Dette er den siste sida.</translation>
    </message>
    <message>
        <source>Moved %1 to the end of the page %2.</source>
        <translation>Flytta %1 til slutten av sida %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 with %n text(s).</source>
        <translation>
            <numerusform>Kopierte %1 med %n tekst.</numerusform>
            <numerusform>Kopierte %1 med %n tekstar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Kopierte %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no components.</source>
        <translation>Utklippstavla inneheld ingen komponentar.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n component(s).</source>
        <translation>
            <numerusform>Limte inn %n komponent.</numerusform>
            <numerusform>Limte inn %n komponentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated %1 as %2.</source>
        <translation>Dupliserte %1 som %2.</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on this page.</source>
        <translation>Det finst ingen komponent &quot;%1&quot; på denne sida.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Legg til %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 %2 with %n component(s)</source>
        <translation>
            <numerusform>Legg til %1 %2 med %n komponent</numerusform>
            <numerusform>Legg til %1 %2 med %n komponentar</numerusform>
        </translation>
    </message>
    <message>
        <source>The data model %1 cannot be read.</source>
        <translation>Datamodellen %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Nothing to add for %1.</source>
        <translation>Ingenting å leggje til for %1.</translation>
    </message>
    <message>
        <source>Add %1 bound to %2</source>
        <translation>Legg til %1 knytt til %2</translation>
    </message>
    <message>
        <source>Choose a page first.</source>
        <translation>Vel ei side først.</translation>
    </message>
    <message>
        <source>This page cannot be read, so it cannot be changed here; fix the file first.</source>
        <translation>Denne sida kan ikkje lesast, så ho kan ikkje endrast her; rett feilen i fila først.</translation>
    </message>
    <message>
        <source>The component %1 is no longer there.</source>
        <translation>Komponenten %1 finst ikkje lenger.</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside itself.</source>
        <translation>%1 kan ikkje plasserast inne i seg sjølv.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Ingenting å lime inn.</translation>
    </message>
    <message>
        <source>Only components and data-model fields can be dropped here.</source>
        <translation>Berre komponentar og felt frå datamodellen kan sleppast her.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 er no av typen %2.</translation>
    </message>
    <message>
        <source>%1 is now a %2; these no longer apply and were removed: %3</source>
        <translation>%1 er no av typen %2; desse gjeld ikkje lenger og vart fjerna: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sider&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponentar</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datamodell</translation>
    </message>
    <message>
        <source>Components to drag onto the page</source>
        <translation>Komponentar du kan dra til sida</translation>
    </message>
    <message>
        <source>Fields of the data model: drag one onto the page to add a bound component</source>
        <translation>Felta i datamodellen: dra eit felt til sida for å leggje til ein komponent som er knytt til det</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Endre type</translation>
    </message>
    <message>
        <source>Change the selected component to another type, keeping the properties that still apply</source>
        <translation>Endre den valde komponenten til ein annan type og behald eigenskapane som framleis gjeld</translation>
    </message>
    <message>
        <source>Form editor messages</source>
        <translation>Meldingar frå skjemaredigeringa</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Cut the component to the clipboard</source>
        <translation>Klipp ut komponenten til utklippstavla</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the component with its texts and code lists</source>
        <translation>Kopier komponenten med tekstane og kodelistene</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Paste into the selected container, or after the selected component</source>
        <translation>Lim inn i den valde behaldaren, eller etter den valde komponenten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>Copy the component right after itself, with new ids</source>
        <translation>Kopier komponenten rett etter seg sjølv, med nye id-ar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the component and what it contains</source>
        <translation>Slett komponenten og alt han inneheld</translation>
    </message>
    <message>
        <source>&amp;Rename id...</source>
        <translation>&amp;Endre id...</translation>
    </message>
    <message>
        <source>Change the id; every reference is updated</source>
        <translation>Endre id-en; alle referansar blir oppdaterte</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move the component up among its siblings</source>
        <translation>Flytt komponenten opp blant komponentane på same nivå</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Move the component down among its siblings</source>
        <translation>Flytt komponenten ned blant komponentane på same nivå</translation>
    </message>
    <message>
        <source>Move &amp;into the container above</source>
        <translation>Flytt inn i &amp;behaldaren over</translation>
    </message>
    <message>
        <source>Move the component into the container right above it</source>
        <translation>Flytt komponenten inn i behaldaren rett over</translation>
    </message>
    <message>
        <source>Move &amp;out of the container</source>
        <translation>Flytt ut &amp;av behaldaren</translation>
    </message>
    <message>
        <source>Move the component out of its container</source>
        <translation>Flytt komponenten ut av behaldaren</translation>
    </message>
    <message>
        <source>Move to the &amp;previous page</source>
        <translation>Flytt til &amp;førre side</translation>
    </message>
    <message>
        <source>Move the component to the end of the previous page</source>
        <translation>Flytt komponenten til slutten av førre side</translation>
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
        <translation>Vis JSON-koden til sida ved sida av arbeidsflata</translation>
    </message>
    <message>
        <source>(no other type fits here)</source>
        <translation>(ingen annan type passar her)</translation>
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
        <translation>Kolonnar ved storleik %1</translation>
    </message>
    <message>
        <source>Columns out of 12 at screen size %1</source>
        <translation>Kolonnar av 12 ved skjermstorleik %1</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Also set in the JSON (kept as it is): %1</source>
        <translation>Òg oppgitt i JSON-en (blir halde som det er): %1</translation>
    </message>
</context>
<context>
    <name>Designer::ImportPreviewDialog</name>
    <message>
        <source>Import texts from %1</source>
        <translation>Importer tekstar frå %1</translation>
    </message>
    <message>
        <source>New languages that will be added: %1</source>
        <translation>Nye språk som blir lagde til: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in the file are the same as in the app.</source>
        <translation>
            <numerusform>%n tekst i fila er den same som i appen.</numerusform>
            <numerusform>%n tekstar i fila er dei same som i appen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Samandrag av importen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringar</translation>
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
        <translation>No</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Etter importen</translation>
    </message>
    <message>
        <source>(missing: added)</source>
        <translation>(manglar: blir lagd til)</translation>
    </message>
    <message>
        <source>Unknown keys</source>
        <translation>Ukjende nøklar</translation>
    </message>
    <message>
        <source>Keys in the file that the app does not have (not imported)</source>
        <translation>Nøklar i fila som appen ikkje har (blir ikkje importerte)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n change(s)</source>
        <translation>
            <numerusform>Importer %n endring</numerusform>
            <numerusform>Importer %n endringar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Designer::IntegerField</name>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern frå komponenten (bruk standardverdien)</translation>
    </message>
</context>
<context>
    <name>Designer::JsonField</name>
    <message>
        <source>Remove this property from the component</source>
        <translation>Fjern denne eigenskapen frå komponenten</translation>
    </message>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern frå komponenten (bruk standardverdien)</translation>
    </message>
    <message>
        <source>JSON. Ctrl+Enter or leaving the field applies it; Escape puts back what the file has.</source>
        <translation>JSON. Trykk Ctrl+Enter eller gå ut av feltet for å ta i bruk endringa; Escape hentar tilbake det som står i fila.</translation>
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
        <translation>Tekstar</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prosess</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Tilgangsreglar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Version control</source>
        <translation>Versjonskontroll</translation>
    </message>
    <message>
        <source>Draw the process: fill in, confirm, sign and pay, with the settings of each Altinn task.</source>
        <translation>Teikn prosessen: utfylling, stadfesting, signering og betaling, med innstillingane for kvar Altinn-oppgåve.</translation>
    </message>
    <message>
        <source>Decide who may read, write, sign and pay in each task of the process.</source>
        <translation>Bestem kven som kan lese, skrive, signere og betale i kvar oppgåve i prosessen.</translation>
    </message>
    <message>
        <source>The app&apos;s name, who may use it, its data types, and its deployment values.</source>
        <translation>Namnet på appen, kven som kan bruke appen, datatypane og verdiane for utrulling.</translation>
    </message>
    <message>
        <source>Share your changes with Altinn Studio and fetch the changes of others, offline first.</source>
        <translation>Del endringane dine med Altinn Studio og hent endringane til andre – du arbeider lokalt først.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the file you are working on</source>
        <translation>Lagre fila du arbeider med</translation>
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
        <translation>&amp;Gjer om</translation>
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
        <translation>&amp;Opne appmappe...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Opne n&amp;yleg brukte</translation>
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
        <translation>&amp;Tastatursnarvegar</translation>
    </message>
    <message>
        <source>&amp;About Altinn Designer</source>
        <translation>&amp;Om Altinn Designer</translation>
    </message>
    <message>
        <source>Select a file or a component to see its source.</source>
        <translation>Vel ei fil eller ein komponent for å sjå kjeldekoden.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjer om: %1</translation>
    </message>
    <message>
        <source>Cannot open the app</source>
        <translation>Kan ikkje opne appen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are shown read-only; see Problems.</source>
        <translation>
            <numerusform>%n fil kunne ikkje lesast og blir vist som skriveverna; sjå panelet Problem.</numerusform>
            <numerusform>%n filer kunne ikkje lesast og blir viste som skriveverna; sjå panelet Problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the sample app</source>
        <translation>Kan ikkje opne eksempelappen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 have unsaved changes. Save them before closing?</source>
        <translation>
            <numerusform>%n fil i %1 har ulagra endringar. Vil du lagre ho før du lukkar?</numerusform>
            <numerusform>%n filer i %1 har ulagra endringar. Vil du lagre dei før du lukkar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything was saved</source>
        <translation>Ikkje alt vart lagra</translation>
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
        <translation>éi sidegruppe</translation>
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
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
        </translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fila er endra på disken</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you had unsaved changes in it.</source>
        <translation>%1 vart endra av eit anna program medan du hadde ulagra endringar i fila.</translation>
    </message>
    <message>
        <source>Which version do you want to keep?</source>
        <translation>Kva versjon vil du behalde?</translation>
    </message>
    <message>
        <source>The file was deleted. Keep your version (it is written again when you save)?</source>
        <translation>Fila vart sletta. Vil du behalde din versjon (ho blir skriven på nytt når du lagrar)?</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Behald min versjon</translation>
    </message>
    <message>
        <source>Use the version on disk</source>
        <translation>Bruk versjonen på disken</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestem seinare</translation>
    </message>
    <message>
        <source>Cannot create the app</source>
        <translation>Kan ikkje opprette appen</translation>
    </message>
    <message>
        <source>Open an app folder (the one that holds App/)</source>
        <translation>Opne ei appmappe (den som inneheld App/)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagra %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>Lagra %n fil</numerusform>
            <numerusform>Lagra %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarvegar</translation>
    </message>
    <message>
        <source>About Altinn Designer</source>
        <translation>Om Altinn Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Altinn Designer %1&lt;/b&gt;&lt;p&gt;An offline desktop designer for Altinn 3 apps. It reads and writes the app repositories of Altinn Studio without changing what it does not edit.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Altinn Designer %1&lt;/b&gt;&lt;p&gt;Eit skrivebordsprogram for å utforme Altinn 3-appar utan nettilgang. Det les og skriv app-repoa til Altinn Studio og lèt alt det ikkje redigerer, vere uendra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple App</source>
        <translation>Opne &amp;eksempelappen</translation>
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
Ctrl+O  opne ei appmappe
Ctrl+S  lagre gjeldande fil
Ctrl+Shift+S  lagre alle
Ctrl+Z / Ctrl+Shift+Z  angre / gjer om
Ctrl+W  lukk appen
Ctrl+1 ... Ctrl+7  gå til eit redigeringsverktøy
F8  gå til neste problem

På arbeidsflata i skjemaredigeringa:
Delete  slett komponenten
F2  endre id-en
Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D  kopier, klipp ut, lim inn, dupliser
Alt+Up / Alt+Down  flytt komponenten
Alt+Right / Alt+Left  inn i behaldaren over / ut av behaldaren
Ctrl+Shift+PgUp / PgDn  til førre / neste side
Ctrl+J  vis eller gøym JSON

I sidelista:
Insert  legg til ei side
F2  endre namn
Ctrl+D  dupliser
Delete  slett
Alt+Up / Alt+Down  endre rekkjefølgja

I teksttabellen:
Ctrl+F  filtrer
Insert  legg til ein nøkkel
Delete  slett nøkkelen
F2  endre nøkkelen (på ein tekst: rediger teksten)
Enter  rediger teksten; Enter igjen stadfestar, Shift+Enter  ny linje, Escape  avbryt
Ctrl+Shift+L  legg til eit språk

I kjeldevisinga:
Ctrl+F  søk, F3 / Shift+F3  neste / førre</translation>
    </message>
</context>
<context>
    <name>Designer::NewAppDialog</name>
    <message>
        <source>Use the v8 app format (layout-sets.json) instead of the current one</source>
        <translation>Bruk v8-appformatet (layout-sets.json) i staden for det gjeldande</translation>
    </message>
    <message>
        <source>Create a new app</source>
        <translation>Opprett ein ny app</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Appnamn</translation>
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
        <translation>&amp;Appnamn:</translation>
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
        <translation>Kvar appen skal opprettast</translation>
    </message>
    <message>
        <source>Enter the organisation code and the app name.</source>
        <translation>Skriv inn organisasjonskoden og namnet på appen.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 finst alt og er ikkje tom.</translation>
    </message>
    <message>
        <source>The app will be created in %1.</source>
        <translation>Appen blir oppretta i %1.</translation>
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
        <translation>Heiltal (int)</translation>
    </message>
    <message>
        <source>Whole number (long)</source>
        <translation>Heiltal (long)</translation>
    </message>
    <message>
        <source>Whole number (integer)</source>
        <translation>Heiltal (integer)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Desimaltal</translation>
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
        <translation>År og månad (gYearMonth)</translation>
    </message>
    <message>
        <source>Web address (anyURI)</source>
        <translation>Nettadresse (anyURI)</translation>
    </message>
    <message>
        <source>Repeats (a list)</source>
        <translation>Repeterande (ei liste)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkravd</translation>
    </message>
    <message>
        <source>May be nil (xsi:nil)</source>
        <translation>Kan vere nil (xsi:nil)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>inga grense</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
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
        <translation>Høgst:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Skildring:</translation>
    </message>
    <message>
        <source>Minimum length:</source>
        <translation>Minste lengd:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Største lengd:</translation>
    </message>
    <message>
        <source>Pattern (regular expression):</source>
        <translation>Mønster (regulært uttrykk):</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated):</source>
        <translation>Tillatne verdiar (kommaseparerte):</translation>
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
        <translation>Tal på siffer totalt:</translation>
    </message>
    <message>
        <source>Multiple of (decimals):</source>
        <translation>Multiplum av (desimalar):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; er ikkje eit tal</translation>
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
        <translation>Vel eit felt for å sjå og endre det.</translation>
    </message>
    <message>
        <source>Binding path: %1</source>
        <translation>Sti for knyting: %1</translation>
    </message>
</context>
<context>
    <name>Designer::OptionsField</name>
    <message>
        <source>Where the options come from</source>
        <translation>Kvar alternativa kjem frå</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Ingen alternativ</translation>
    </message>
    <message>
        <source>A code list</source>
        <translation>Ei kodeliste</translation>
    </message>
    <message>
        <source>Listed here</source>
        <translation>Lista opp her</translation>
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
        <translation>Ei fil i App/options, eller id-en til ei kodeliste som appen lagar i kode</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Kodeliste</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
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
        <translation>Den repeterande gruppa i datamodellen der radene blir alternativ</translation>
    </message>
    <message>
        <source>The text key of each option&apos;s label (may use variables of the row)</source>
        <translation>Tekstnøkkelen til ledeteksten for kvart alternativ (kan bruke variablar frå rada)</translation>
    </message>
    <message>
        <source>The field of the row that is the option&apos;s value, e.g. group[{0}].id</source>
        <translation>Feltet i rada som er verdien til alternativet, t.d. group[{0}].id</translation>
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
        <translation>Endre kvar alternativa for %1 kjem frå</translation>
    </message>
</context>
<context>
    <name>Designer::PageJsonPane</name>
    <message>
        <source>Use the page&apos;s version</source>
        <translation>Bruk versjonen til sida</translation>
    </message>
    <message>
        <source>JSON of the page</source>
        <translation>JSON for sida</translation>
    </message>
    <message>
        <source>The page file. Changes are applied when the text parses.</source>
        <translation>Sidefila. Endringar blir tekne i bruk når teksten kan tolkast.</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON-feil</translation>
    </message>
    <message>
        <source>Throw away the text typed here and show the page as it is now</source>
        <translation>Forkast teksten som er skriven her, og vis sida slik ho er no</translation>
    </message>
    <message>
        <source>This file cannot be read (%1). Fix it in another program; it is kept exactly as it is.</source>
        <translation>Denne fila kan ikkje lesast (%1). Rett ho i eit anna program; ho blir halden nøyaktig slik ho er.</translation>
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
        <translation>Sida vart endra ein annan stad i mellomtida. Når teksten kan tolkast, erstattar han sida, eller du kan bruke versjonen til sida.</translation>
    </message>
    <message>
        <source>The canvas shows the last version that parsed; your text is kept.</source>
        <translation>Arbeidsflata viser den siste versjonen som kunne tolkast; teksten din blir halden.</translation>
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
        <translation>Namn på den nye sida:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Endre namn på side</translation>
    </message>
    <message>
        <source>New name for %1 (links, summaries and the page order are updated):</source>
        <translation>Nytt namn på %1 (lenkjer, oppsummeringar og siderekkjefølgja blir oppdaterte):</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Dupliser side</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>Namn på kopien av %1:</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Slett side</translation>
    </message>
    <message numerus="yes">
        <source>Delete the page %1 with its %n component(s)?</source>
        <translation>
            <numerusform>Vil du slette sida %1 med %n komponent?</numerusform>
            <numerusform>Vil du slette sida %1 med %n komponentar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it. You can undo this.</source>
        <translation>Ingenting anna viser til ho. Du kan angre dette.</translation>
    </message>
    <message>
        <source>These refer to it; references to the page and its components are removed, expressions are left as they are:
%1</source>
        <translation>Desse viser til ho; referansar til sida og komponentane på ho blir fjerna, medan uttrykk blir ståande som dei er:
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
        <translation>Sidene i sidegruppa i rekkjefølgje. Dra for å endre rekkjefølgja; slepp ein komponent på ei side for å flytte han dit.</translation>
    </message>
    <message>
        <source>Add a page after the selected one</source>
        <translation>Legg til ei side etter den valde</translation>
    </message>
    <message>
        <source>Rename the page; references to it are updated</source>
        <translation>Endre namn på sida; referansar til ho blir oppdaterte</translation>
    </message>
    <message>
        <source>Copy the page with new component ids</source>
        <translation>Kopier sida med nye komponent-id-ar</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Slett sida</translation>
    </message>
    <message>
        <source>Move page up</source>
        <translation>Flytt sida opp</translation>
    </message>
    <message>
        <source>Move the page earlier in the order</source>
        <translation>Flytt sida tidlegare i rekkjefølgja</translation>
    </message>
    <message>
        <source>Move page down</source>
        <translation>Flytt sida ned</translation>
    </message>
    <message>
        <source>Move the page later in the order</source>
        <translation>Flytt sida seinare i rekkjefølgja</translation>
    </message>
    <message>
        <source>%1 (no such page file)</source>
        <translation>%1 (sidefila finst ikkje)</translation>
    </message>
    <message>
        <source>This page cannot be read: %1</source>
        <translation>Denne sida kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source> (not in the page order)</source>
        <translation> (ikkje i siderekkjefølgja)</translation>
    </message>
</context>
<context>
    <name>Designer::PlaceholderEditor</name>
    <message>
        <source>This editor is not part of this version of Altinn Designer yet. Until it is, you can read its files here and change them in another program: the designer notices the changes and reloads them.</source>
        <translation>Dette redigeringsverktøyet er ikkje med i denne versjonen av Altinn Designer enno. Fram til det kjem, kan du lese filene her og endre dei i eit anna program: Altinn Designer merkar endringane og lastar dei inn på nytt.</translation>
    </message>
    <message>
        <source>Its files in this app (select one to see its source):</source>
        <translation>Filene som høyrer til i denne appen (vel ei fil for å sjå kjeldekoden):</translation>
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
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorsgrad</translation>
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
        <translation>Vis åtvaringar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
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
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
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
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(standard: %1)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenskapar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Select a component to see its properties.</source>
        <translation>Vel ein komponent for å sjå eigenskapane.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; is no longer on this page.</source>
        <translation>Komponenten &quot;%1&quot; er ikkje lenger på denne sida.</translation>
    </message>
    <message>
        <source>The page %1 is not open.</source>
        <translation>Sida %1 er ikkje open.</translation>
    </message>
    <message>
        <source>Expression for %1 of %2</source>
        <translation>Uttrykk for %1 i %2</translation>
    </message>
    <message>
        <source>The catalog does not know the type &quot;%1&quot;: its properties are shown as JSON and kept as they are.</source>
        <translation>Komponentkatalogen kjenner ikkje typen &quot;%1&quot;: eigenskapane blir viste som JSON og blir haldne som dei er.</translation>
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
        <translation>Unik i sidegruppa. Bokstavar, siffer og bindestrekar; ved endring blir alle referansar til han oppdaterte.</translation>
    </message>
    <message>
        <source>Id error</source>
        <translation>Feil i id-en</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekstar</translation>
    </message>
    <message>
        <source>Show fewer texts</source>
        <translation>Vis færre tekstar</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more text(s)</source>
        <translation>
            <numerusform>Vis %n tekst til</numerusform>
            <numerusform>Vis %n tekstar til</numerusform>
        </translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datamodell</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Åtferd</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Other properties (JSON)</source>
        <translation>Andre eigenskapar (JSON)</translation>
    </message>
    <message>
        <source>Properties (JSON)</source>
        <translation>Eigenskapar (JSON)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Name of the new property</source>
        <translation>Namn på den nye eigenskapen</translation>
    </message>
    <message>
        <source>value (JSON, or plain text)</source>
        <translation>verdi (JSON eller vanleg tekst)</translation>
    </message>
    <message>
        <source>Value of the new property</source>
        <translation>Verdien til den nye eigenskapen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>The component already has &quot;%1&quot;.</source>
        <translation>Komponenten har alt &quot;%1&quot;.</translation>
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
        <translation>val</translation>
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
        <translation>%1 vart endra av eit anna program og er lasta inn på nytt.</translation>
    </message>
    <message>
        <source>%1 was removed by another program.</source>
        <translation>%1 vart fjerna av eit anna program.</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>Angrehistorikken vart tømd.</translation>
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
        <translation>Lag Altinn 3-appar på din eigen datamaskin, med eller utan nettilgang. Altinn Designer les og skriv filene til appen, dei same som Altinn Studio brukar.</translation>
    </message>
    <message>
        <source>Open an app folder...</source>
        <translation>Opne ei appmappe...</translation>
    </message>
    <message>
        <source>Create a new app...</source>
        <translation>Opprett ein ny app...</translation>
    </message>
    <message>
        <source>Open the sample app</source>
        <translation>Opne eksempelappen</translation>
    </message>
    <message>
        <source>An app repository you already have on disk, for example one cloned from Altinn Studio. Choose the folder that holds App/.</source>
        <translation>Eit app-repo du alt har på disken, til dømes eitt du har klona frå Altinn Studio. Vel mappa som inneheld App/.</translation>
    </message>
    <message>
        <source>A complete new app with one page, texts in Bokmål, Nynorsk and English, a process and access rules, ready to change.</source>
        <translation>Ein komplett ny app med éi side, tekstar på bokmål, nynorsk og engelsk, ein prosess og tilgangsreglar, klar til å endrast.</translation>
    </message>
    <message>
        <source>&quot;Søknad om arrangementstillatelse&quot;: a small service with several pages, a repeating group, code lists and expressions, to look around in. It is copied to your documents folder, so changes do not matter.</source>
        <translation>&quot;Søknad om arrangementstillatelse&quot;: ei lita teneste med fleire sider, ei repeterande gruppe, kodelister og uttrykk som du kan sjå deg rundt i. Ho blir kopiert til dokumentmappa di, så det gjer ingenting om du endrar ho.</translation>
    </message>
    <message>
        <source>Recent apps</source>
        <translation>Nyleg brukte appar</translation>
    </message>
    <message>
        <source>No apps opened yet.</source>
        <translation>Ingen appar er opna enno.</translation>
    </message>
</context>
<context>
    <name>Designer::TextBindingField</name>
    <message>
        <source>Compute this text with an expression</source>
        <translation>Rekn ut denne teksten med eit uttrykk</translation>
    </message>
    <message>
        <source>Expression for the text %1</source>
        <translation>Uttrykk for teksten %1</translation>
    </message>
    <message>
        <source>Remove this text from the component</source>
        <translation>Fjern denne teksten frå komponenten</translation>
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
        <translation>Tekstnøkkelen. Vel ein eksisterande nøkkel for å bruke tekstane om att, eller skriv inn ein ny.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Use a text key</source>
        <translation>Bruk ein tekstnøkkel</translation>
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
        <translation>manglar på dette språket</translation>
    </message>
    <message>
        <source>The file has %1 here, which is not a text key.</source>
        <translation>Fila har %1 her, som ikkje er ein tekstnøkkel.</translation>
    </message>
    <message>
        <source>No text yet: type one below to create the key.</source>
        <translation>Ingen tekst enno: skriv inn ein nedanfor for å opprette nøkkelen.</translation>
    </message>
    <message>
        <source>The key is not in the app&apos;s texts yet.</source>
        <translation>Nøkkelen finst ikkje i tekstane til appen enno.</translation>
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
        <translation>Vald nøkkel</translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation>Endre nøkkelen</translation>
    </message>
    <message>
        <source>Rename the key here and everywhere it is used (F2)</source>
        <translation>Endre nøkkelen her og alle stader han blir brukt (F2)</translation>
    </message>
    <message>
        <source>Markdown preview</source>
        <translation>Førehandsvising av markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>&amp;Variables in:</source>
        <translation>&amp;Variablar på:</translation>
    </message>
    <message>
        <source>Language of the variables</source>
        <translation>Språket for variablane</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakjelde</translation>
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
        <translation>Legg til ein variabel</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Fjern den valde variabelen</translation>
    </message>
    <message>
        <source>Where the key is used</source>
        <translation>Kvar nøkkelen blir brukt</translation>
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
        <translation>Ingen nøkkel er vald</translation>
    </message>
    <message>
        <source>Not used anywhere in the app</source>
        <translation>Ikkje brukt nokon stad i appen</translation>
    </message>
    <message>
        <source>Used in (%1)</source>
        <translation>Brukt i (%1)</translation>
    </message>
    <message>
        <source>Missing in this language: type to add it</source>
        <translation>Manglar på dette språket: skriv for å leggje han til</translation>
    </message>
    <message>
        <source>How %1 shows in the app (markdown):</source>
        <translation>Slik teksten på %1 blir vist i appen (markdown):</translation>
    </message>
    <message>
        <source>The key has no text in %1 yet: add the text first.</source>
        <translation>Nøkkelen har ingen tekst på %1 enno: legg til teksten først.</translation>
    </message>
    <message>
        <source>No variables. {0} in the text is replaced by the first one you add.</source>
        <translation>Ingen variablar. {0} i teksten blir erstatta med den første du legg til.</translation>
    </message>
</context>
<context>
    <name>Designer::TextEditor</name>
    <message>
        <source>Texts and code lists</source>
        <translation>Tekstar og kodelister</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekstar</translation>
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
        <translation>Tekstar: nøklar og språk</translation>
    </message>
    <message>
        <source>Text actions</source>
        <translation>Teksthandlingar</translation>
    </message>
    <message>
        <source>Languages shown</source>
        <translation>Viste språk</translation>
    </message>
    <message>
        <source>Languages shown in the table</source>
        <translation>Språk som blir viste i tabellen</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nøkkel</numerusform>
            <numerusform>%n nøklar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 av %n nøkkel</numerusform>
            <numerusform>%1 av %n nøklar</numerusform>
        </translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Legg til nøkkel</translation>
    </message>
    <message>
        <source>Add a text key (Insert)</source>
        <translation>Legg til ein tekstnøkkel (Insert)</translation>
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
        <translation>Endre nøkkelen alle stader han blir brukt (F2 på nøkkelen)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Edit the text of the cell (Enter or F2)</source>
        <translation>Rediger teksten i cella (Enter eller F2)</translation>
    </message>
    <message>
        <source>Add language...</source>
        <translation>Legg til språk...</translation>
    </message>
    <message>
        <source>Add a language to the app (Ctrl+Shift+L)</source>
        <translation>Legg til eit språk i appen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Remove language...</source>
        <translation>Fjern språk...</translation>
    </message>
    <message>
        <source>Remove a language and its texts from the app</source>
        <translation>Fjern eit språk og tekstane på det frå appen</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Import translations from an XLIFF or CSV file</source>
        <translation>Importer omsetjingar frå ei XLIFF- eller CSV-fil</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Eksporter...</translation>
    </message>
    <message>
        <source>Export the texts as XLIFF or CSV</source>
        <translation>Eksporter tekstane som XLIFF eller CSV</translation>
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
        <translation>Slett ein tekst som er i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used in %n place(s):</source>
        <translation>
            <numerusform>%1 er brukt på %n stad:</numerusform>
            <numerusform>%1 er brukt på %n stader:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? Those places will show the key instead of a text (the Problems panel lists them).</source>
        <translation>Vil du slette han likevel? Desse stadene vil då vise nøkkelen i staden for ein tekst (panelet Problem viser dei).</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Slett likevel</translation>
    </message>
    <message>
        <source>Remove a language</source>
        <translation>Fjern eit språk</translation>
    </message>
    <message>
        <source>Language to remove:</source>
        <translation>Språk som skal fjernast:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the app? Its %n text(s) are deleted with %2.</source>
        <translation>
            <numerusform>Vil du fjerne %1 frå appen? %n tekst på dette språket blir sletta saman med %2.</numerusform>
            <numerusform>Vil du fjerne %1 frå appen? %n tekstar på dette språket blir sletta saman med %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you close the app.</source>
        <translation>Du kan angre dette fram til du lukkar appen.</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Fjern språk</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Importer tekstar</translation>
    </message>
    <message>
        <source>Translations (*.xlf *.xliff *.csv);;All files (*)</source>
        <translation>Omsetjingar (*.xlf *.xliff *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikkje importere</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikkje lesast: %2</translation>
    </message>
    <message>
        <source>Export texts</source>
        <translation>Eksporter tekstar</translation>
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
        <translation>Ikkje eksportert</translation>
    </message>
    <message>
        <source>No app is open.</source>
        <translation>Ingen app er open.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikkje skrivast: %2</translation>
    </message>
    <message>
        <source>Filter keys and texts (Ctrl+F)</source>
        <translation>Filtrer nøklar og tekstar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter in</source>
        <translation>Filtrer i</translation>
    </message>
    <message>
        <source>Keys and texts</source>
        <translation>Nøklar og tekstar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Nøklar</translation>
    </message>
    <message>
        <source>Only &amp;missing</source>
        <translation>Berre &amp;manglande</translation>
    </message>
    <message>
        <source>Keys missing or empty in a language shown</source>
        <translation>Nøklar som manglar eller er tomme på eitt av språka som blir viste</translation>
    </message>
    <message>
        <source>Only &amp;unused</source>
        <translation>Berre &amp;ubrukte</translation>
    </message>
    <message>
        <source>Keys no page, code list, setting or process uses</source>
        <translation>Nøklar som inga side, kodeliste, innstilling eller prosess brukar</translation>
    </message>
    <message>
        <source>Used on &amp;page:</source>
        <translation>Brukt på &amp;sida:</translation>
    </message>
    <message>
        <source>Only the keys a page uses</source>
        <translation>Berre nøklane som ei side brukar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Keys shown</source>
        <translation>Viste nøklar</translation>
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
        <translation>Bruk ein fast verdi</translation>
    </message>
    <message>
        <source>Replace the expression by a fixed value</source>
        <translation>Erstatt uttrykket med ein fast verdi</translation>
    </message>
    <message>
        <source>Compute the value with an expression</source>
        <translation>Rekn ut verdien med eit uttrykk</translation>
    </message>
    <message>
        <source>Expression for %1</source>
        <translation>Uttrykk for %1</translation>
    </message>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Fjern frå komponenten (bruk standardverdien)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; er ikkje eit tal.</translation>
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
        <translation>Noverande nøkkel:</translation>
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
        <translation>Ingen stader i appen brukar denne nøkkelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that use the key will be updated.</source>
        <translation>
            <numerusform>%n stad som brukar nøkkelen, blir oppdatert.</numerusform>
            <numerusform>%n stader som brukar nøkkelen, blir oppdaterte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in C# code are not changed.</source>
        <translation>
            <numerusform>%n stad i C#-kode blir ikkje endra.</numerusform>
            <numerusform>%n stader i C#-kode blir ikkje endra.</numerusform>
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
Ikkje brukt nokon stad i appen</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used in %n place(s)</source>
        <translation>
            <numerusform>%1
Brukt på %n stad</numerusform>
            <numerusform>%1
Brukt på %n stader</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manglar</translation>
    </message>
    <message>
        <source>The %1 texts have no %2</source>
        <translation>Tekstane på %1 har ikkje %2</translation>
    </message>
    <message>
        <source>Empty in %1</source>
        <translation>Tom på %1</translation>
    </message>
    <message>
        <source>Identical to the %1 text: not translated yet?</source>
        <translation>Lik teksten på %1: ikkje omsett enno?</translation>
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
        <translation>%1 kan ikkje endrast før feilen i fila er retta: %2</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Endre id frå %1 til %2</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on the page %2</source>
        <translation>Det finst ingen komponent &quot;%1&quot; på sida %2</translation>
    </message>
    <message>
        <source>The new id is the same as the old one</source>
        <translation>Den nye id-en er den same som den gamle</translation>
    </message>
    <message>
        <source>The file %1 is not part of the app</source>
        <translation>Fila %1 høyrer ikkje til appen</translation>
    </message>
    <message>
        <source>%1 cannot be changed until its error is fixed</source>
        <translation>%1 kan ikkje endrast før feilen i fila er retta</translation>
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
        <translation>Appen har ingen tekstar på språket &quot;%1&quot;</translation>
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
        <translation>%1 er ikkje ei tekstfil</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Endre %1 for %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Fjern %1 frå %2</translation>
    </message>
    <message>
        <source>There is no element &quot;%1&quot; in %2</source>
        <translation>Det finst ikkje noko element &quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>The id of a component is changed with its own edit, which also updates the references to it</source>
        <translation>Id-en til ein komponent blir endra med ei eiga redigering, som òg oppdaterer referansane til komponenten</translation>
    </message>
    <message>
        <source>A component needs an id</source>
        <translation>Ein komponent må ha ein id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid component id: use letters, digits and dashes, start with a letter or digit, and do not end with a dash followed by 1 to 5 digits (that is kept for repeating-group rows)</source>
        <translation>&quot;%1&quot; er ikkje ein gyldig komponent-id: bruk bokstavar, siffer og bindestrekar, byrj med ein bokstav eller eit siffer, og ikkje avslutt med bindestrek følgd av 1 til 5 siffer (det er reservert for rader i repeterande grupper)</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used on the page &quot;%2&quot;</source>
        <translation>Id-en &quot;%1&quot; er alt brukt på sida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Legg til %1 %2</translation>
    </message>
    <message>
        <source>%1 is not a layout page</source>
        <translation>%1 er ikkje ei skjemaside</translation>
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
        <translation>%1 finst alt</translation>
    </message>
    <message>
        <source>%1 is no longer part of the app</source>
        <translation>%1 høyrer ikkje lenger til appen</translation>
    </message>
    <message>
        <source>Rewrite %1</source>
        <translation>Skriv %1 på nytt</translation>
    </message>
    <message>
        <source>%1 has changed since this edit was made</source>
        <translation>%1 er endra sidan denne redigeringa vart gjord</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot be changed: %2</source>
        <translation>Typen til &quot;%1&quot; kan ikkje endrast: %2</translation>
    </message>
    <message>
        <source>it is of the type %1 already</source>
        <translation>han er alt av typen %1</translation>
    </message>
    <message>
        <source>the designer does not know the component type &quot;%1&quot;</source>
        <translation>Altinn Designer kjenner ikkje komponenttypen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made by the app itself and cannot be added by hand</source>
        <translation>&quot;%1&quot; blir laga av appen sjølv og kan ikkje leggjast til manuelt</translation>
    </message>
    <message>
        <source>it holds components (&quot;%1&quot;), and a component of the type %2 keeps its components in another place; move them out first</source>
        <translation>han inneheld komponentar (&quot;%1&quot;), og ein komponent av typen %2 har komponentane sine ein annan stad; flytt dei ut først</translation>
    </message>
    <message>
        <source>it holds components (&quot;%1&quot;), and a component of the type %2 cannot hold any; move them out first</source>
        <translation>han inneheld komponentar (&quot;%1&quot;), og ein komponent av typen %2 kan ikkje innehalde komponentar; flytt dei ut først</translation>
    </message>
    <message>
        <source>Change the type of %1 to %2</source>
        <translation>Endre typen for %1 til %2</translation>
    </message>
    <message>
        <source>The clipboard does not hold components the designer can paste: %1</source>
        <translation>Utklippstavla inneheld ikkje komponentar som Altinn Designer kan lime inn: %1</translation>
    </message>
    <message>
        <source>%1 is not a layout page that can be read</source>
        <translation>%1 er ikkje ei skjemaside som kan lesast</translation>
    </message>
    <message>
        <source>it is not in the designer&apos;s format</source>
        <translation>innhaldet er ikkje i formatet til Altinn Designer</translation>
    </message>
    <message>
        <source>it was written by a newer version of the designer</source>
        <translation>innhaldet vart skrive av ein nyare versjon av Altinn Designer</translation>
    </message>
    <message>
        <source>a component has no id</source>
        <translation>ein komponent manglar id</translation>
    </message>
    <message>
        <source>the component &quot;%1&quot; is missing</source>
        <translation>komponenten &quot;%1&quot; manglar</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 er ikkje gyldig JSON</translation>
    </message>
    <message>
        <source>The edit has not been applied</source>
        <translation>Endringa er ikkje utført</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>The page order in %1 lists the page</source>
        <translation>Siderekkjefølgja i %1 inneheld sida</translation>
    </message>
    <message>
        <source>%1 leaves the page out of the PDF</source>
        <translation>%1 utelèt sida frå PDF-en</translation>
    </message>
    <message>
        <source>%1 uses the page as the PDF layout</source>
        <translation>%1 brukar sida som PDF-oppsett</translation>
    </message>
    <message>
        <source>The summary %1 shows the page</source>
        <translation>Oppsummeringa %1 viser sida</translation>
    </message>
    <message>
        <source>The summary %1 has a setting for the page</source>
        <translation>Oppsummeringa %1 har ei innstilling for sida</translation>
    </message>
    <message>
        <source>The button %1 navigates to the page</source>
        <translation>Knappen %1 navigerer til sida</translation>
    </message>
    <message>
        <source>An expression of %1 links to the page</source>
        <translation>Eit uttrykk i %1 lenkjer til sida</translation>
    </message>
    <message>
        <source>The summary %1 names the page</source>
        <translation>Oppsummeringa %1 viser til sida med namn</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; as a child</source>
        <translation>%1 har &quot;%2&quot; som underkomponent</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; in its table or summary</source>
        <translation>%1 har &quot;%2&quot; i tabellen eller oppsummeringa si</translation>
    </message>
    <message>
        <source>%1 has a table column setting for &quot;%2&quot;</source>
        <translation>%1 har ei kolonneinnstilling for &quot;%2&quot; i tabellen</translation>
    </message>
    <message>
        <source>The summary %1 shows &quot;%2&quot;</source>
        <translation>Oppsummeringa %1 viser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The summary %1 has a setting for &quot;%2&quot;</source>
        <translation>Oppsummeringa %1 har ei innstilling for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A cell of %1 shows &quot;%2&quot;</source>
        <translation>Ei celle i %1 viser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A card of %1 shows &quot;%2&quot; as its media</source>
        <translation>Eit kort i %1 viser &quot;%2&quot; som media</translation>
    </message>
    <message>
        <source>An expression of %1 reads &quot;%2&quot;</source>
        <translation>Eit uttrykk i %1 les &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 leaves &quot;%2&quot; out of the PDF</source>
        <translation>%1 utelèt &quot;%2&quot; frå PDF-en</translation>
    </message>
    <message>
        <source>Components move only between pages of the same layout set; copy and paste them into another set</source>
        <translation>Komponentar kan berre flyttast mellom sider i same sidegruppe; kopier og lim dei inn i ei anna sidegruppe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved into itself or into a component it contains</source>
        <translation>&quot;%1&quot; kan ikkje flyttast inn i seg sjølv eller inn i ein komponent han inneheld</translation>
    </message>
    <message>
        <source>The page %1 already has a component &quot;%2&quot;</source>
        <translation>Sida %1 har alt ein komponent &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Delete the page %1</source>
        <translation>Slett sida %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only page of the layout set &quot;%2&quot;; a layout set needs at least one page</source>
        <translation>&quot;%1&quot; er den einaste sida i sidegruppa &quot;%2&quot;; ei sidegruppe må ha minst éi side</translation>
    </message>
    <message>
        <source>The app has no layout set &quot;%1&quot;</source>
        <translation>Appen har inga sidegruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no page &quot;%2&quot;</source>
        <translation>Sidegruppa &quot;%1&quot; har inga side &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A page needs a name</source>
        <translation>Ei side må ha eit namn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid page name: use at most 128 letters (a-z, A-Z), digits, &quot;_&quot; and &quot;-&quot;</source>
        <translation>&quot;%1&quot; er ikkje eit gyldig sidenamn: bruk høgst 128 teikn: bokstavar (a-z, A-Z), siffer, &quot;_&quot; og &quot;-&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; already has a page &quot;%2&quot;</source>
        <translation>Sidegruppa &quot;%1&quot; har alt ei side &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add the page %1</source>
        <translation>Legg til sida %1</translation>
    </message>
    <message>
        <source>Rename the page %1 to %2</source>
        <translation>Endre namnet på sida %1 til %2</translation>
    </message>
    <message>
        <source>The new name must differ from the old one by more than upper and lower case</source>
        <translation>Det nye namnet må skilje seg frå det gamle med meir enn store og små bokstavar</translation>
    </message>
    <message>
        <source>Move the page %1</source>
        <translation>Flytt sida %1</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no Settings.json with a page order</source>
        <translation>Sidegruppa &quot;%1&quot; har ingen Settings.json med siderekkjefølgje</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is not in the page order</source>
        <translation>Sida &quot;%1&quot; står ikkje i siderekkjefølgja</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no page group number %2</source>
        <translation>Sidegruppa &quot;%1&quot; har inga gruppe nummer %2 i pages.groups</translation>
    </message>
    <message>
        <source>Duplicate the page %1 as %2</source>
        <translation>Dupliser sida %1 som %2</translation>
    </message>
    <message>
        <source>%1 cannot be copied until its error is fixed</source>
        <translation>%1 kan ikkje kopierast før feilen i fila er retta</translation>
    </message>
    <message>
        <source>This app&apos;s frontend calls &quot;%1&quot; &quot;%2&quot;; the pasted components use that name</source>
        <translation>Frontenden til denne appen kallar &quot;%1&quot; for &quot;%2&quot;; komponentane som blir limte inn, brukar det namnet</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; means something else in this app; the pasted components use &quot;%2&quot;</source>
        <translation>Teksten &quot;%1&quot; tyder noko anna i denne appen; komponentane som blir limte inn, brukar &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot;; texts in that language were not pasted</source>
        <translation>Appen har ingen tekstar på språket &quot;%1&quot;; tekstar på det språket vart ikkje limte inn</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; is different in this app; the pasted components use &quot;%2&quot;</source>
        <translation>Kodelista &quot;%1&quot; er annleis i denne appen; komponentane som blir limte inn, brukar &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added the code list &quot;%1&quot;</source>
        <translation>La til kodelista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is nothing to paste</source>
        <translation>Det er ingenting å lime inn</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken; the pasted component is &quot;%2&quot;</source>
        <translation>Id-en &quot;%1&quot; er oppteken; komponenten som blir limt inn, får id-en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Lim inn %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n components</source>
        <translation>
            <numerusform>Lim inn %n komponent</numerusform>
            <numerusform>Lim inn %n komponentar</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliser %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 to put components in</source>
        <translation>&quot;%1&quot; har ingen %2 å plassere komponentar i</translation>
    </message>
    <message>
        <source>Components are placed in a Grid through its cells; &quot;%1&quot; takes no children here</source>
        <translation>Komponentar blir plasserte i ein Grid gjennom cellene; &quot;%1&quot; tek ikkje imot underkomponentar her</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot contain other components</source>
        <translation>&quot;%1&quot; (%2) kan ikkje innehalde andre komponentar</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on the page</source>
        <translation>Det finst ingen komponent &quot;%1&quot; på sida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tab or card number %2</source>
        <translation>&quot;%1&quot; har ingen fane eller kort nummer %2</translation>
    </message>
    <message>
        <source>There is no code list &quot;%1&quot;</source>
        <translation>Det finst inga kodeliste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A code list needs an id</source>
        <translation>Ei kodeliste må ha ein id</translation>
    </message>
    <message>
        <source>Leave out &quot;.json&quot;: the id of a code list is its file name without it</source>
        <translation>Utelat &quot;.json&quot;: id-en til ei kodeliste er filnamnet utan denne endinga</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it must not contain spaces</source>
        <translation>&quot;%1&quot; er ikkje ein gyldig kodeliste-id: id-en kan ikkje innehalde mellomrom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it must not contain slashes</source>
        <translation>&quot;%1&quot; er ikkje ein gyldig kodeliste-id: id-en kan ikkje innehalde skråstrekar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it cannot be a file name (no leading &quot;.&quot;, nor any of : * ? &quot; &lt; &gt; |)</source>
        <translation>&quot;%1&quot; er ikkje ein gyldig kodeliste-id: id-en kan ikkje brukast som filnamn (ingen &quot;.&quot; først, og ingen av teikna : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <source>A code list id has at most 200 characters</source>
        <translation>Ein kodeliste-id kan ha høgst 200 teikn</translation>
    </message>
    <message>
        <source>The app already has a code list &quot;%1&quot;</source>
        <translation>Appen har alt ei kodeliste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add the code list &quot;%1&quot;</source>
        <translation>Legg til kodelista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A row of a code list is an object such as {&quot;value&quot;: &quot;a&quot;, &quot;label&quot;: &quot;A&quot;}</source>
        <translation>Ei rad i ei kodeliste er eit objekt, til dømes {&quot;value&quot;: &quot;a&quot;, &quot;label&quot;: &quot;A&quot;}</translation>
    </message>
    <message>
        <source>Rename the code list &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Endre id for kodelista &quot;%1&quot; til &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The code list is already called &quot;%1&quot;</source>
        <translation>Kodelista har alt id-en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new id must differ from the old one by more than upper and lower case</source>
        <translation>Den nye id-en må skilje seg frå den gamle med meir enn store og små bokstavar</translation>
    </message>
    <message>
        <source>Delete the code list &quot;%1&quot;</source>
        <translation>Slett kodelista &quot;%1&quot;</translation>
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
        <translation>Kodelista &quot;%1&quot; kan ikkje slettast så lenge ho er i bruk:
%2</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; is not a list of options</source>
        <translation>Kodelista &quot;%1&quot; er ikkje ei liste med alternativ</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; has no row %2</source>
        <translation>Kodelista &quot;%1&quot; har inga rad %2</translation>
    </message>
    <message>
        <source>Row %1 of the code list &quot;%2&quot; is not an object</source>
        <translation>Rad %1 i kodelista &quot;%2&quot; er ikkje eit objekt</translation>
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
        <translation>skildringa</translation>
    </message>
    <message>
        <source>the help text</source>
        <translation>hjelpeteksten</translation>
    </message>
    <message>
        <source>Change %1 of row %2 of the code list &quot;%3&quot;</source>
        <translation>Endre %1 i rad %2 i kodelista &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Remove %1 of row %2 of the code list &quot;%3&quot;</source>
        <translation>Fjern %1 i rad %2 i kodelista &quot;%3&quot;</translation>
    </message>
    <message>
        <source>A row of a code list needs a value</source>
        <translation>Ei rad i ei kodeliste må ha ein verdi</translation>
    </message>
    <message>
        <source>A code list value is a string, a number or a boolean</source>
        <translation>Ein verdi i ei kodeliste må vere ein streng, eit tal eller ein boolsk verdi</translation>
    </message>
    <message>
        <source>The %1 of a code list row is a text or a text key</source>
        <translation>Eigenskapen %1 i ei rad i ei kodeliste må vere ein tekst eller ein tekstnøkkel</translation>
    </message>
    <message>
        <source>Add a row to the code list &quot;%1&quot;</source>
        <translation>Legg til ei rad i kodelista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove row %1 of the code list &quot;%2&quot;</source>
        <translation>Fjern rad %1 i kodelista &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Move row %1 of the code list &quot;%2&quot; to %3</source>
        <translation>Flytt rad %1 i kodelista &quot;%2&quot; til %3</translation>
    </message>
    <message>
        <source>The row is already there</source>
        <translation>Rada er alt der</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code (two lowercase letters, such as nb, nn or en)</source>
        <translation>&quot;%1&quot; er ikkje ein ISO 639-1-språkkode (to små bokstavar, til dømes nb, nn eller en)</translation>
    </message>
    <message>
        <source>The app already has texts in %1</source>
        <translation>Appen har alt tekstar på %1</translation>
    </message>
    <message>
        <source>The text file is not a JSON object</source>
        <translation>Tekstfila er ikkje eit JSON-objekt</translation>
    </message>
    <message>
        <source>Add the language %1</source>
        <translation>Legg til språket %1</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot; to copy</source>
        <translation>Appen har ingen tekstar på språket &quot;%1&quot; som kan kopierast</translation>
    </message>
    <message>
        <source>%1 cannot be read, so its texts cannot be copied</source>
        <translation>%1 kan ikkje lesast, så tekstane i fila kan ikkje kopierast</translation>
    </message>
    <message>
        <source>Remove the language %1</source>
        <translation>Fjern språket %1</translation>
    </message>
    <message>
        <source>%1 is the app&apos;s only language; an app needs texts in at least one</source>
        <translation>%1 er det einaste språket i appen; ein app må ha tekstar på minst eitt språk</translation>
    </message>
    <message>
        <source>A text key cannot be empty</source>
        <translation>Ein tekstnøkkel kan ikkje vere tom</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; contains whitespace; keys are written without spaces</source>
        <translation>Tekstnøkkelen &quot;%1&quot; inneheld blankteikn; nøklar blir skrivne utan mellomrom</translation>
    </message>
    <message>
        <source>The text key &quot;%1…&quot; is %2 characters long; at most 255 are allowed</source>
        <translation>Tekstnøkkelen &quot;%1…&quot; er %2 teikn lang; høgst 255 teikn er tillate</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; already exists (%2)</source>
        <translation>Tekstnøkkelen &quot;%1&quot; finst alt (%2)</translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation>Legg til teksten %1</translation>
    </message>
    <message>
        <source>The app has no text files; add a language first</source>
        <translation>Appen har ingen tekstfiler; legg til eit språk først</translation>
    </message>
    <message>
        <source>The app has no text &quot;%1&quot;</source>
        <translation>Appen har ingen tekst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is the app&apos;s name, which the platform reads; it cannot be deleted</source>
        <translation>Teksten &quot;%1&quot; er namnet på appen, som plattforma les; teksten kan ikkje slettast</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is used in %2 places and is not deleted: %3</source>
        <translation>Teksten &quot;%1&quot; er brukt på %2 stader og blir ikkje sletta: %3</translation>
    </message>
    <message>
        <source>Rename the text %1 to %2</source>
        <translation>Endre nøkkelen %1 til %2</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; already has that key</source>
        <translation>Teksten &quot;%1&quot; har alt den nøkkelen</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is read by the platform under this key and cannot be renamed</source>
        <translation>Teksten &quot;%1&quot; blir lesen av plattforma med denne nøkkelen, så nøkkelen kan ikkje endrast</translation>
    </message>
    <message>
        <source>%1 no longer names the text &quot;%2&quot;</source>
        <translation>%1 viser ikkje lenger til teksten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The PDF file name key of the process cannot be changed here</source>
        <translation>Nøkkelen for PDF-filnamnet i prosessen kan ikkje endrast her</translation>
    </message>
    <message>
        <source>Change the variables of the text %1 (%2)</source>
        <translation>Endre variablane for teksten %1 (%2)</translation>
    </message>
    <message>
        <source>Every variable needs a key and a data source</source>
        <translation>Alle variablar må ha ein nøkkel og ei datakjelde</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is not in %2</source>
        <translation>Teksten &quot;%1&quot; finst ikkje i %2</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot;</source>
        <translation>på sida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot; (%2)</source>
        <translation>på sida &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>A page expression %1</source>
        <translation>Eit sideuttrykk %1</translation>
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
        <translation>Alternativa til %1 %2</translation>
    </message>
    <message>
        <source>An optionLabel expression of %1 %2</source>
        <translation>Eit optionLabel-uttrykk i %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; er ikkje eit tal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean: write true or false</source>
        <translation>&quot;%1&quot; er ikkje ein boolsk verdi: skriv true eller false</translation>
    </message>
</context>
<context>
    <name>Expressions</name>
    <message>
        <source>Expected argument to be %1, got %2</source>
        <translation>Venta argument av typen %1, fekk %2</translation>
    </message>
    <message>
        <source>Expected %1, got value %2</source>
        <translation>Venta %1, fekk verdien %2</translation>
    </message>
    <message>
        <source>Missing function name in expression</source>
        <translation>Funksjonsnamn manglar i uttrykket</translation>
    </message>
    <message>
        <source>Function name in expression should be string</source>
        <translation>Funksjonsnamnet i uttrykket må vere ein streng</translation>
    </message>
    <message>
        <source>Invalid type &quot;object&quot; (build objects with the &quot;object&quot; function)</source>
        <translation>Ugyldig type &quot;object&quot; (bygg objekt med funksjonen &quot;object&quot;)</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented; did you mean &quot;%2&quot;?</source>
        <translation>Funksjonen &quot;%1&quot; er ikkje implementert; meinte du &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Funksjonen &quot;%1&quot; er ikkje implementert</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; is only available in conditions on process gateway flows</source>
        <translation>Funksjonen &quot;%1&quot; er berre tilgjengeleg i vilkår på flytar frå gatewayar i prosessen</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; is not available in process gateway conditions, which the server evaluates</source>
        <translation>Funksjonen &quot;%1&quot; er ikkje tilgjengeleg i vilkår på gatewayar i prosessen, sidan dei blir evaluerte på serveren</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2</source>
        <translation>Venta %1 argument, fekk %2</translation>
    </message>
    <message>
        <source>The %1 cannot be null</source>
        <translation>Argumentet &quot;%1&quot; kan ikkje vere null</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; expected one of: %3</source>
        <translation>Ukjend verdi &quot;%2&quot; for &quot;%1&quot;; venta éin av: %3</translation>
    </message>
    <message>
        <source>The %1 must be a string (expressions cannot be used here)</source>
        <translation>Argumentet &quot;%1&quot; må vere ein streng (uttrykk kan ikkje brukast her)</translation>
    </message>
    <message>
        <source>Expected third argument to be &quot;else&quot;</source>
        <translation>Venta at tredje argument er &quot;else&quot;</translation>
    </message>
    <message>
        <source>Expected either 2 arguments (if) or 4 (if + else), got %1</source>
        <translation>Venta anten 2 argument (if) eller 4 (if + else), fekk %1</translation>
    </message>
    <message>
        <source>Second argument must be &quot;not&quot; when providing 4 arguments in total</source>
        <translation>Andre argument må vere &quot;not&quot; når det er 4 argument totalt</translation>
    </message>
    <message>
        <source>Invalid operator (it cannot be an expression or null)</source>
        <translation>Ugyldig operator (operatoren kan ikkje vere eit uttrykk eller null)</translation>
    </message>
    <message>
        <source>Invalid operator &quot;%1&quot;, valid operators are %2</source>
        <translation>Ugyldig operator &quot;%1&quot;; gyldige operatorar er %2</translation>
    </message>
    <message>
        <source>The object function must have an even number of arguments</source>
        <translation>Funksjonen &quot;object&quot; må ha eit like tal argument</translation>
    </message>
    <message>
        <source>Object keys must be unique</source>
        <translation>Objektnøklar må vere unike</translation>
    </message>
    <message>
        <source>Object keys must be strings</source>
        <translation>Objektnøklar må vere strengar</translation>
    </message>
    <message>
        <source>Expected the result to be %1, but the function &quot;%2&quot; gives %3</source>
        <translation>Venta at resultatet er %1, men funksjonen &quot;%2&quot; gir %3</translation>
    </message>
    <message>
        <source>&quot;else&quot;</source>
        <translation>else</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>vilkår</translation>
    </message>
    <message>
        <source>value if true</source>
        <translation>verdi viss sant</translation>
    </message>
    <message>
        <source>value otherwise</source>
        <translation>verdi elles</translation>
    </message>
    <message>
        <source>The second argument when the condition is true, otherwise the value after &quot;else&quot; (or null).</source>
        <translation>Det andre argumentet når vilkåret er sant, elles verdien etter &quot;else&quot; (eller null).</translation>
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
        <translation>Sann når begge verdiane er like når dei blir gjorde om til tekst.</translation>
    </message>
    <message>
        <source>True when the two values differ once turned into text.</source>
        <translation>Sann når dei to verdiane er ulike når dei blir gjorde om til tekst.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>Turns true into false, and false or null into true.</source>
        <translation>Gjer true om til false, og false eller null om til true.</translation>
    </message>
    <message>
        <source>True when every argument is true; null counts as false.</source>
        <translation>Sann når alle argumenta er sanne; null blir rekna som usann.</translation>
    </message>
    <message>
        <source>True when any argument is true; null counts as false.</source>
        <translation>Sann når minst eitt argument er sant; null blir rekna som usann.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>Compares two values with a named operator (equals, lessThan, isBefore...), negated when &quot;not&quot; comes before it.</source>
        <translation>Samanliknar to verdiar med ein namngitt operator (equals, lessThan, isBefore...), negert når &quot;not&quot; står framfor operatoren.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>first number</source>
        <translation>første tal</translation>
    </message>
    <message>
        <source>second number</source>
        <translation>andre tal</translation>
    </message>
    <message>
        <source>True when the first number is larger; false when either is null.</source>
        <translation>Sann når det første talet er større enn det andre; usann når eitt av dei er null.</translation>
    </message>
    <message>
        <source>True when the first number is larger or equal; false if either is null.</source>
        <translation>Sann når det første talet er minst like stort som det andre; usann viss eitt av dei er null.</translation>
    </message>
    <message>
        <source>True when the first number is smaller; false when either is null.</source>
        <translation>Sann når det første talet er mindre enn det andre; usann når eitt av dei er null.</translation>
    </message>
    <message>
        <source>True when the first number is smaller or equal; false if either is null.</source>
        <translation>Sann når det første talet er høgst like stort som det andre; usann viss eitt av dei er null.</translation>
    </message>
    <message>
        <source>Adds numbers without rounding errors; null counts as 0.</source>
        <translation>Legg saman tal utan avrundingsfeil; null blir rekna som 0.</translation>
    </message>
    <message>
        <source>Subtracts the second number from the first; null counts as 0.</source>
        <translation>Trekkjer det andre talet frå det første; null blir rekna som 0.</translation>
    </message>
    <message>
        <source>Multiplies numbers without rounding errors; null counts as 0.</source>
        <translation>Multipliserer tal utan avrundingsfeil; null blir rekna som 0.</translation>
    </message>
    <message>
        <source>Divides the first number by the second; dividing by 0 is an error.</source>
        <translation>Deler det første talet på det andre; deling på 0 gir feil.</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>desimalar</translation>
    </message>
    <message>
        <source>Rounds a number to a count of decimals (0 when left out), as text.</source>
        <translation>Rundar av eit tal til eit gitt tal på desimalar (0 viss det er utelate), som tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>search</source>
        <translation>søkjetekst</translation>
    </message>
    <message>
        <source>Joins its arguments into one text; null adds nothing.</source>
        <translation>Slår saman argumenta til éin tekst; null legg ikkje til noko.</translation>
    </message>
    <message>
        <source>True when the text contains the search; false when either is null.</source>
        <translation>Sann når teksten inneheld søkjeteksten; usann når ein av dei er null.</translation>
    </message>
    <message>
        <source>True when the text lacks the search; true when either is null.</source>
        <translation>Sann når teksten ikkje inneheld søkjeteksten; òg sann når ein av dei er null.</translation>
    </message>
    <message>
        <source>True when the text begins with the search.</source>
        <translation>Sann når teksten byrjar med søkjeteksten.</translation>
    </message>
    <message>
        <source>True when the text ends with the search.</source>
        <translation>Sann når teksten sluttar med søkjeteksten.</translation>
    </message>
    <message>
        <source>True when one of the comma-separated, trimmed items equals the search.</source>
        <translation>Sann når eitt av dei kommaseparerte elementa, utan mellomrom i endane, er likt søkjeteksten.</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>erstatning</translation>
    </message>
    <message>
        <source>Replaces every occurrence of the search in the text.</source>
        <translation>Erstattar alle førekomstar av søkjeteksten i teksten.</translation>
    </message>
    <message>
        <source>Number of characters in the text; null gives 0.</source>
        <translation>Talet på teikn i teksten; null gir 0.</translation>
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
        <translation>Teksten mellom to posisjonar; negative posisjonar blir talde frå slutten.</translation>
    </message>
    <message>
        <source>Position of the first occurrence of the search, or null.</source>
        <translation>Posisjonen til den første førekomsten av søkjeteksten, eller null.</translation>
    </message>
    <message>
        <source>The text in lower case.</source>
        <translation>Teksten med små bokstavar.</translation>
    </message>
    <message>
        <source>The text in upper case.</source>
        <translation>Teksten med store bokstavar.</translation>
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
        <translation>Skriv ein ISO-dato i formatet for språket til brukaren, eller etter eit gitt mønster.</translation>
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
        <translation>Les eit felt i skjemadataa; i ei repeterande gruppe følgjer stien gjeldande rad.</translation>
    </message>
    <message>
        <source>The value a component is bound to; null while the component is hidden.</source>
        <translation>Verdien ein komponent er knytt til; null så lenge komponenten er gøymd.</translation>
    </message>
    <message>
        <source>The text a component shows for its value, such as an option&apos;s label.</source>
        <translation>Teksten ein komponent viser for verdien sin, til dømes ledeteksten til eit alternativ.</translation>
    </message>
    <message>
        <source>How many data elements of a data type the instance has.</source>
        <translation>Kor mange dataelement av ein datatype instansen har.</translation>
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
        <translation>Les ein verdi frå svaret frå eit eksternt API.</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>A positional argument given to the expression, such as the field a validation condition runs for.</source>
        <translation>Eit posisjonsargument som blir sendt til uttrykket, til dømes feltet eit valideringsvilkår blir køyrt for.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nøkkel</translation>
    </message>
    <message>
        <source>A named value given to the expression, such as the option an optionFilter looks at.</source>
        <translation>Ein namngitt verdi som blir sendt til uttrykket, til dømes alternativet eit optionFilter ser på.</translation>
    </message>
    <message>
        <source>instance context property</source>
        <translation>eigenskap i instanskonteksten</translation>
    </message>
    <message>
        <source>A property of the current instance, such as its id or owner.</source>
        <translation>Ein eigenskap ved gjeldande instans, til dømes id eller eigar.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>Whether the user may perform an action (read, write, sign...) in the current task.</source>
        <translation>Om brukaren kan utføre ei handling (read, write, sign...) i gjeldande oppgåve.</translation>
    </message>
    <message>
        <source>setting key</source>
        <translation>innstillingsnøkkel</translation>
    </message>
    <message>
        <source>A value from the app&apos;s frontend settings.</source>
        <translation>Ein verdi frå frontend-innstillingane til appen.</translation>
    </message>
    <message>
        <source>The code of the language the user has chosen.</source>
        <translation>Koden for språket brukaren har valt.</translation>
    </message>
    <message>
        <source>text resource key</source>
        <translation>tekstnøkkel</translation>
    </message>
    <message>
        <source>A text resource by key; the key itself when it does not exist.</source>
        <translation>Ein tekst henta med nøkkel; sjølve nøkkelen viss teksten ikkje finst.</translation>
    </message>
    <message>
        <source>The action that led the process to the gateway; only in conditions on BPMN gateway flows.</source>
        <translation>Handlinga som førte prosessen til gatewayen; berre i vilkår på flytar frå BPMN-gatewayar.</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>lenkjetekst</translation>
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
        <translation>Ei lenkje som opnar sida til ein komponent og flyttar fokus til komponenten.</translation>
    </message>
    <message>
        <source>A link that opens a page of the form.</source>
        <translation>Ei lenkje som opnar ei side i skjemaet.</translation>
    </message>
    <message>
        <source>options id</source>
        <translation>kodeliste-id</translation>
    </message>
    <message>
        <source>The label of the option with a given value in a code list.</source>
        <translation>Ledeteksten til alternativet med ein gitt verdi i ei kodeliste.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>eigenskap</translation>
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
        <translation>Eksperimentell: slår saman éin eigenskap frå kvar rad i ei repeterande gruppe, med valfritt prefiks og suffiks.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>element</translation>
    </message>
    <message>
        <source>A list of the arguments.</source>
        <translation>Ei liste med argumenta.</translation>
    </message>
    <message>
        <source>key or value</source>
        <translation>nøkkel eller verdi</translation>
    </message>
    <message>
        <source>An object built from key, value pairs.</source>
        <translation>Eit objekt bygd av nøkkel-verdi-par.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>query</source>
        <translation>spørjing</translation>
    </message>
    <message>
        <source>Runs a JMESPath query on a value.</source>
        <translation>Køyrer ei JMESPath-spørjing på ein verdi.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>The total of the numbers in a list.</source>
        <translation>Summen av tala i ei liste.</translation>
    </message>
    <message>
        <source>value for an empty list</source>
        <translation>verdi for tom liste</translation>
    </message>
    <message>
        <source>The mean of the numbers in a list; the second argument if it is empty.</source>
        <translation>Gjennomsnittet av tala i ei liste; det andre argumentet viss lista er tom.</translation>
    </message>
    <message>
        <source>How many items a list has.</source>
        <translation>Kor mange element ei liste har.</translation>
    </message>
    <message>
        <source>Jmespath error: invalid arguments to %1()</source>
        <translation>JMESPath-feil: ugyldige argument til %1()</translation>
    </message>
    <message>
        <source>Jmespath error: unknown function %1()</source>
        <translation>JMESPath-feil: ukjend funksjon %1()</translation>
    </message>
    <message>
        <source>Jmespath error: cannot parse &quot;%1&quot;</source>
        <translation>JMESPath-feil: kan ikkje tolke &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FieldComponent</name>
    <message>
        <source>The whole data model cannot become one component; use one of its fields or groups.</source>
        <translation>Heile datamodellen kan ikkje bli éin komponent; bruk eitt av felta eller gruppene i han.</translation>
    </message>
    <message>
        <source>%1 has no fields a component can show.</source>
        <translation>%1 har ingen felt som ein komponent kan vise.</translation>
    </message>
    <message>
        <source>%1 is a choice between alternatives; use the fields of one of them.</source>
        <translation>%1 er eit val mellom alternativ; bruk felta i eitt av dei.</translation>
    </message>
    <message>
        <source>%1 may hold any content, so no component fits it.</source>
        <translation>%1 kan innehalde kva som helst, så ingen komponent passar til det.</translation>
    </message>
    <message>
        <source>%1 is a list of single values; the app&apos;s components bind to single values or to lists of groups.</source>
        <translation>%1 er ei liste med enkeltverdiar; komponentane i appen blir knytte til enkeltverdiar eller til lister med grupper.</translation>
    </message>
    <message>
        <source>Only the first %1 components were made; add the other fields one by one.</source>
        <translation>Berre dei første %1 komponentane vart laga; legg til dei andre felta eitt og eitt.</translation>
    </message>
    <message>
        <source>%1 repeats inside too many groups and was left out.</source>
        <translation>%1 blir gjenteke inne i for mange grupper og vart utelate.</translation>
    </message>
    <message>
        <source>The data model has no field %1.</source>
        <translation>Datamodellen har ikkje feltet %1.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan ikkje lese fila: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan ikkje opprette mappa %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Kan ikkje skrive fila: %1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>Kan ikkje lagre fila: %1</translation>
    </message>
    <message>
        <source>Cannot delete the file: %1</source>
        <translation>Kan ikkje slette fila: %1</translation>
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
        <translation>innstillingar for sidegruppe</translation>
    </message>
    <message>
        <source>global UI settings</source>
        <translation>globale UI-innstillingar</translation>
    </message>
    <message>
        <source>page</source>
        <translation>side</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>botntekst</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>tekstar</translation>
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
        <translation>valideringar for datamodell</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>førehandsutfylling</translation>
    </message>
    <message>
        <source>rule configuration (legacy)</source>
        <translation>regelkonfigurasjon (eldre format)</translation>
    </message>
    <message>
        <source>rule handler (legacy)</source>
        <translation>regelhandsamar (eldre format)</translation>
    </message>
    <message>
        <source>process</source>
        <translation>prosess</translation>
    </message>
    <message>
        <source>access rules</source>
        <translation>tilgangsreglar</translation>
    </message>
    <message>
        <source>Studio settings</source>
        <translation>Studio-innstillingar</translation>
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
        <translation>verdiar for utrulling</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The value to replace does not exist</source>
        <translation>Verdien som skal erstattast, finst ikkje</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot;: the target is not an object</source>
        <translation>Kan ikkje leggje til &quot;%1&quot;: målet er ikkje eit objekt</translation>
    </message>
    <message>
        <source>Cannot add an element: the target is not an array</source>
        <translation>Kan ikkje leggje til eit element: målet er ikkje ei liste</translation>
    </message>
    <message>
        <source>The value to remove does not exist</source>
        <translation>Verdien som skal fjernast, finst ikkje</translation>
    </message>
    <message>
        <source>The whole document cannot be removed</source>
        <translation>Heile dokumentet kan ikkje fjernast</translation>
    </message>
    <message>
        <source>Cannot find the separator before the value</source>
        <translation>Finn ikkje skiljeteiknet framfor verdien</translation>
    </message>
    <message>
        <source>Only object members can be renamed</source>
        <translation>Berre medlemer i objekt kan få nytt namn</translation>
    </message>
    <message>
        <source>No value at %1</source>
        <translation>Ingen verdi ved %1</translation>
    </message>
    <message>
        <source>The document has no value to set</source>
        <translation>Dokumentet har ingen verdi som kan setjast</translation>
    </message>
    <message>
        <source>Index %1 is outside the array at %2</source>
        <translation>Indeksen %1 er utanfor lista ved %2</translation>
    </message>
    <message>
        <source>Cannot set %1: its parent does not exist</source>
        <translation>Kan ikkje setje %1: det overordna elementet finst ikkje</translation>
    </message>
    <message>
        <source>Nothing to remove at %1</source>
        <translation>Ingenting å fjerne ved %1</translation>
    </message>
    <message>
        <source>The file has changed since the edit was planned</source>
        <translation>Fila er endra sidan endringa vart planlagd</translation>
    </message>
    <message>
        <source>The edit would make the file invalid: %1</source>
        <translation>Endringa ville gjort fila ugyldig: %1</translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON value</source>
        <translation>Fila er tom; venta ein JSON-verdi</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value</source>
        <translation>Uventa tekst etter slutten av JSON-verdien</translation>
    </message>
    <message>
        <source>Comment is not closed (missing */)</source>
        <translation>Kommentaren er ikkje avslutta (manglar */)</translation>
    </message>
    <message>
        <source>Unexpected end of file; expected a value</source>
        <translation>Uventa slutt på fila; venta ein verdi</translation>
    </message>
    <message>
        <source>Values are nested too deeply (more than %1 levels)</source>
        <translation>Verdiane er nøsta for djupt (meir enn %1 nivå)</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;; expected a value</source>
        <translation>Uventa teikn &apos;%1&apos;; venta ein verdi</translation>
    </message>
    <message>
        <source>Unknown word; expected a value such as true, false, null, a number or a string</source>
        <translation>Ukjent ord; venta ein verdi som true, false, null, eit tal eller ein streng</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ugyldig tal</translation>
    </message>
    <message>
        <source>Invalid number: digits expected after the decimal point</source>
        <translation>Ugyldig tal: venta siffer etter desimalteiknet</translation>
    </message>
    <message>
        <source>Invalid number: digits expected in the exponent</source>
        <translation>Ugyldig tal: venta siffer i eksponenten</translation>
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
        <translation>Strengen er ikkje avslutta før slutten av linja</translation>
    </message>
    <message>
        <source>Control character in string</source>
        <translation>Kontrollteikn i streng</translation>
    </message>
    <message>
        <source>String is not closed (missing &quot;)</source>
        <translation>Strengen er ikkje avslutta (manglar &quot;)</translation>
    </message>
    <message>
        <source>Object is not closed (missing &apos;}&apos;)</source>
        <translation>Objektet er ikkje avslutta (manglar &apos;}&apos;)</translation>
    </message>
    <message>
        <source>Array is not closed (missing &apos;]&apos;)</source>
        <translation>Lista er ikkje avslutta (manglar &apos;]&apos;)</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>Venta &apos;,&apos; eller &apos;}&apos; etter eit medlem i objektet</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>Venta &apos;,&apos; eller &apos;]&apos; etter eit element i lista</translation>
    </message>
    <message>
        <source>Expected a quoted property name</source>
        <translation>Venta eit eigenskapsnamn i hermeteikn</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the property name</source>
        <translation>Venta &apos;:&apos; etter eigenskapsnamnet</translation>
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
        <translation>%1 er ikkje tilgjengeleg i denne konteksten</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>Venta %1, fekk %2</translation>
    </message>
    <message>
        <source>Expected %1, got value %2</source>
        <translation>Venta %1, fekk verdien %2</translation>
    </message>
    <message>
        <source>Expected argument to be %1, got %2</source>
        <translation>Venta argument av typen %1, fekk %2</translation>
    </message>
    <message>
        <source>The expression is nested too deeply</source>
        <translation>Uttrykket er nøsta for djupt</translation>
    </message>
    <message>
        <source>Missing function name in expression</source>
        <translation>Funksjonsnamn manglar i uttrykket</translation>
    </message>
    <message>
        <source>Function name in expression should be string</source>
        <translation>Funksjonsnamnet i uttrykket må vere ein streng</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Funksjonen &quot;%1&quot; er ikkje implementert</translation>
    </message>
    <message>
        <source>The data type must be a string (expressions cannot be used here)</source>
        <translation>Datatypen må vere ein streng (uttrykk kan ikkje brukast her)</translation>
    </message>
    <message>
        <source>Argument %1 must be written out (expressions cannot be used here)</source>
        <translation>Argument %1 må skrivast ut direkte (uttrykk kan ikkje brukast her)</translation>
    </message>
    <message>
        <source>Expected third argument to be &quot;else&quot;</source>
        <translation>Venta at tredje argument er &quot;else&quot;</translation>
    </message>
    <message>
        <source>Expected either 2 arguments (if) or 4 (if + else), got %1</source>
        <translation>Venta anten 2 argument (if) eller 4 (if + else), fekk %1</translation>
    </message>
    <message>
        <source>The object function must have an even number of arguments</source>
        <translation>Funksjonen &quot;object&quot; må ha eit like tal argument</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2</source>
        <translation>Venta %1 argument, fekk %2</translation>
    </message>
    <message>
        <source>Second argument must be &quot;not&quot; when providing 4 arguments in total</source>
        <translation>Andre argument må vere &quot;not&quot; når det er 4 argument totalt</translation>
    </message>
    <message>
        <source>Invalid operator (it cannot be an expression or null)</source>
        <translation>Ugyldig operator (operatoren kan ikkje vere eit uttrykk eller null)</translation>
    </message>
    <message>
        <source>Invalid operator &quot;%1&quot;</source>
        <translation>Ugyldig operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Can not compare timestamps where only one specify timezone</source>
        <translation>Kan ikkje samanlikne tidspunkt der berre det eine oppgir tidssone</translation>
    </message>
    <message>
        <source>Can not figure out if timestamps in different timezones are in the same day</source>
        <translation>Kan ikkje avgjere om tidspunkt i ulike tidssoner er på same dag</translation>
    </message>
    <message>
        <source>Unable to parse date &quot;%1&quot;: Unknown format</source>
        <translation>Kan ikkje tolke datoen &quot;%1&quot;: Ukjent format</translation>
    </message>
    <message>
        <source>Unable to parse date &quot;%1&quot;: Format was recognized, but the date/time is invalid</source>
        <translation>Kan ikkje tolke datoen &quot;%1&quot;: Formatet vart kjent att, men datoen/klokkeslettet er ugyldig</translation>
    </message>
    <message>
        <source>Unable to find component with identifier %1</source>
        <translation>Finn ingen komponent med id %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan ikkje lese fila: %1</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::EvalContext</name>
    <message>
        <source>No positional arguments available</source>
        <translation>Ingen posisjonsargument er tilgjengelege</translation>
    </message>
    <message>
        <source>No value arguments available</source>
        <translation>Ingen verdiargument er tilgjengelege</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::Evaluator</name>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Funksjonen &quot;%1&quot; er ikkje implementert</translation>
    </message>
    <message>
        <source>The second argument is 0, cannot divide by 0</source>
        <translation>Det andre argumentet er 0, kan ikkje dele på 0</translation>
    </message>
    <message>
        <source>Invalid number of decimals: %1</source>
        <translation>Ugyldig tal på desimalar: %1</translation>
    </message>
    <message>
        <source>Start/end index cannot be null</source>
        <translation>Start-/sluttindeksen kan ikkje vere null</translation>
    </message>
    <message>
        <source>Cannot lookup dataModel null</source>
        <translation>Kan ikkje slå opp dataModel null</translation>
    </message>
    <message>
        <source>Cannot lookup component null</source>
        <translation>Kan ikkje slå opp component null</translation>
    </message>
    <message>
        <source>Expected a data type</source>
        <translation>Venta ein datatype</translation>
    </message>
    <message>
        <source>Unknown Instance context property %1</source>
        <translation>Ukjend eigenskap %1 i Instance-konteksten</translation>
    </message>
    <message>
        <source>Expected an action</source>
        <translation>Venta ei handling</translation>
    </message>
    <message>
        <source>Value cannot be null. (Parameter &apos;key&apos;)</source>
        <translation>Verdien kan ikkje vere null. (Parameter &apos;key&apos;)</translation>
    </message>
    <message>
        <source>Cannot link to null</source>
        <translation>Kan ikkje lenkje til null</translation>
    </message>
    <message>
        <source>Expected an index</source>
        <translation>Venta ein indeks</translation>
    </message>
    <message>
        <source>Invalid argument index %1</source>
        <translation>Ugyldig argumentindeks %1</translation>
    </message>
    <message>
        <source>Object keys must be strings</source>
        <translation>Objektnøklar må vere strengar</translation>
    </message>
    <message>
        <source>Object keys must be unique</source>
        <translation>Objektnøklar må vere unike</translation>
    </message>
    <message>
        <source>Expected argument to be string</source>
        <translation>Venta at argumentet er ein streng</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::SharedCaseContext</name>
    <message>
        <source>Data model with type %1 not found</source>
        <translation>Fann ingen datamodell med typen %1</translation>
    </message>
    <message>
        <source>Unknown Instance context property %1</source>
        <translation>Ukjend eigenskap %1 i Instance-konteksten</translation>
    </message>
    <message>
        <source>Could not find options with id &quot;%1&quot;</source>
        <translation>Fann inga kodeliste med id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown Auth context property %1</source>
        <translation>Ukjend eigenskap %1 i Auth-konteksten</translation>
    </message>
    <message>
        <source>No positional arguments available</source>
        <translation>Ingen posisjonsargument er tilgjengelege</translation>
    </message>
    <message>
        <source>Index %1 out of range</source>
        <translation>Indeksen %1 er utanfor gyldig område</translation>
    </message>
    <message>
        <source>No value arguments available</source>
        <translation>Ingen verdiargument er tilgjengelege</translation>
    </message>
    <message>
        <source>Unknown key %1, Valid keys are: %2</source>
        <translation>Ukjend nøkkel %1. Gyldige nøklar er: %2</translation>
    </message>
</context>
<context>
    <name>Previewer::PreviewPanel</name>
    <message>
        <source>The live preview is not available in this version. It will show the form in every language as citizens see it.</source>
        <translation>Førehandsvisinga er ikkje tilgjengeleg i denne versjonen. Ho skal vise skjemaet på alle språk slik innbyggjarane ser det.</translation>
    </message>
</context>
<context>
    <name>SchemaEdits</name>
    <message>
        <source>There is no field at %1 in the data model</source>
        <translation>Det finst ikkje noko felt ved %1 i datamodellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and do not start with a digit</source>
        <translation>&quot;%1&quot; er ikkje eit gyldig namn: bruk bokstavar, siffer, &apos;_&apos;, &apos;-&apos; og &apos;.&apos;, og ikkje byrj med eit siffer</translation>
    </message>
    <message>
        <source>Add the field %1</source>
        <translation>Legg til feltet %1</translation>
    </message>
    <message>
        <source>The fields cannot be added there: %1 is not a group</source>
        <translation>Felta kan ikkje leggjast til der: %1 er ikkje ei gruppe</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot; there</source>
        <translation>Det finst alt eit felt med namnet &quot;%1&quot; der</translation>
    </message>
    <message>
        <source>Rename the field to %1</source>
        <translation>Endre namnet på feltet til %1</translation>
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
        <translation>Gjer feltet påkravd</translation>
    </message>
    <message>
        <source>Make the field optional</source>
        <translation>Gjer feltet valfritt</translation>
    </message>
    <message>
        <source>Make the field repeat</source>
        <translation>Gjer feltet repeterande</translation>
    </message>
    <message>
        <source>Make the field occur once</source>
        <translation>La feltet førekome berre éin gong</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Gi verdi til %1</translation>
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
        <translation>Det finst ingen type med namnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Allow the field to be nil</source>
        <translation>Tillat at feltet er nil</translation>
    </message>
    <message>
        <source>Do not allow the field to be nil</source>
        <translation>Ikkje tillat at feltet er nil</translation>
    </message>
    <message>
        <source>Only fields with a type can be nil</source>
        <translation>Berre felt med ein type kan vere nil</translation>
    </message>
    <message>
        <source>Make %1 a reusable type</source>
        <translation>Gjer %1 til ein type som kan brukast om att</translation>
    </message>
    <message>
        <source>There is already a type named &quot;%1&quot;</source>
        <translation>Det finst alt ein type med namnet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copy the type into the field</source>
        <translation>Kopier typen inn i feltet</translation>
    </message>
    <message>
        <source>The field does not use a type of this model</source>
        <translation>Feltet brukar ikkje ein type frå denne modellen</translation>
    </message>
    <message>
        <source>Add the type %1</source>
        <translation>Legg til typen %1</translation>
    </message>
    <message>
        <source>Rename the type %1 to %2</source>
        <translation>Endre namnet på typen %1 til %2</translation>
    </message>
    <message>
        <source>Delete the type %1</source>
        <translation>Slett typen %1</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is still used (%2 places, first at %3)</source>
        <translation>Typen &quot;%1&quot; er framleis i bruk (%2 stader, først ved %3)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>The quoted cell that starts here is not closed (a quote is missing)</source>
        <translation>Cella i hermeteikn som byrjar her, er ikkje avslutta (eit hermeteikn manglar)</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>Uventa tekst etter det avsluttande hermeteiknet i ei celle (eit hermeteikn inne i ei celle i hermeteikn blir skrive to gonger: &quot;&quot;)</translation>
    </message>
    <message>
        <source>A quote inside a cell that is not quoted (quote the whole cell and write the quote twice: &quot;&quot;)</source>
        <translation>Eit hermeteikn inne i ei celle som ikkje står i hermeteikn (set heile cella i hermeteikn og skriv hermeteiknet to gonger: &quot;&quot;)</translation>
    </message>
    <message>
        <source>The file is UTF-16; save it as CSV in UTF-8</source>
        <translation>Fila er i UTF-16; lagre ho som CSV i UTF-8</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV in UTF-8</source>
        <translation>Fila er ikkje tekst i UTF-8; lagre ho som CSV i UTF-8</translation>
    </message>
    <message>
        <source>The first line must be a header starting with &quot;key&quot;, then language codes (key,nb,en), not &quot;%1&quot;</source>
        <translation>Den første linja må vere ei overskriftsrad som byrjar med &quot;key&quot;, følgd av språkkodar (key,nb,en), ikkje &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The header names no languages (key,nb,en...)</source>
        <translation>Overskriftsrada inneheld ingen språk (key,nb,en...)</translation>
    </message>
    <message>
        <source>Column %1 of the header, &quot;%2&quot;, is not an ISO 639-1 language code such as nb, nn or en</source>
        <translation>Kolonne %1 i overskriftsrada, &quot;%2&quot;, er ikkje ein ISO 639-1-språkkode som nb, nn eller en</translation>
    </message>
    <message>
        <source>The header names the language %1 twice</source>
        <translation>Overskriftsrada inneheld språket %1 to gonger</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Fila er tom</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2</source>
        <translation>Rada har %1 celler, men overskriftsrada berre %2</translation>
    </message>
    <message>
        <source>The row has texts but no key</source>
        <translation>Rada har tekstar, men ingen nøkkel</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice (lines %2 and %3)</source>
        <translation>Nøkkelen &quot;%1&quot; førekjem to gonger (linje %2 og %3)</translation>
    </message>
    <message>
        <source>The file is for the language &quot;%1&quot;, which is not an ISO 639-1 code such as nb, nn or en</source>
        <translation>Fila gjeld språket &quot;%1&quot;, som ikkje er ein ISO 639-1-kode som nb, nn eller en</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan ikkje lese fila: %1</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Importer tekstar</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>Importer tekstar frå %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed in %1</source>
        <translation>
            <numerusform>%n tekst endra på %1</numerusform>
            <numerusform>%n tekstar endra på %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added in %1</source>
        <translation>
            <numerusform>%n lagd til på %1</numerusform>
            <numerusform>%n lagde til på %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(a new language)</source>
        <translation>(nytt språk)</translation>
    </message>
    <message>
        <source>0 changes</source>
        <translation>0 endringar</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) already as in the file</source>
        <translation>
            <numerusform>%n tekst er alt som i fila</numerusform>
            <numerusform>%n tekstar er alt som i fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s) not imported</source>
        <translation>
            <numerusform>%n ukjend nøkkel vart ikkje importert</numerusform>
            <numerusform>%n ukjende nøklar vart ikkje importerte</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the page &quot;%2&quot;%3</source>
        <translation>&quot;%1&quot; på sida &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>The %1 text of %2</source>
        <translation>Teksten %1 for %2</translation>
    </message>
    <message>
        <source>An option %1 of %2</source>
        <translation>Eit alternativ (%1) for %2</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>Eigenskapen %1 for %2</translation>
    </message>
    <message>
        <source>An expression in %1</source>
        <translation>Eit uttrykk i %1</translation>
    </message>
    <message>
        <source>An option %1 in the code list %2</source>
        <translation>Eit alternativ (%1) i kodelista %2</translation>
    </message>
    <message>
        <source>The %1 in %2</source>
        <translation>Eigenskapen %1 i %2</translation>
    </message>
    <message>
        <source>The %1 of a footer item</source>
        <translation>Eigenskapen %1 i eit element i botnteksten</translation>
    </message>
    <message>
        <source>The app title (%1) in %2</source>
        <translation>Apptittelen (%1) i %2</translation>
    </message>
    <message>
        <source>The PDF file name of the task &quot;%1&quot; in %2</source>
        <translation>PDF-filnamnet for oppgåva &quot;%1&quot; i %2</translation>
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
        <translation>Variablar: %1</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Fila er ikkje velforma XML: %1</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>Fila har ikkje noko XML-element</translation>
    </message>
    <message>
        <source>The file is not XLIFF: its root element is &lt;%1&gt;</source>
        <translation>Fila er ikkje XLIFF: rotelementet er &lt;%1&gt;</translation>
    </message>
    <message>
        <source>The file is XLIFF %1; only XLIFF 2.0 (%2) can be imported</source>
        <translation>Fila er XLIFF %1; berre XLIFF 2.0 (%2) kan importerast</translation>
    </message>
    <message>
        <source>A &lt;unit&gt; has no id</source>
        <translation>Ein &lt;unit&gt; manglar id</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; appears twice (lines %2 and %3)</source>
        <translation>Eininga &quot;%1&quot; førekjem to gonger (linje %2 og %3)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has a &lt;target&gt; but the file names no target language (trgLang)</source>
        <translation>Eininga &quot;%1&quot; har eit &lt;target&gt;, men fila oppgir ikkje noko målspråk (trgLang)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has inline markup &lt;%2&gt; in its &lt;%3&gt;; only plain text can be imported (ask for the file without tags)</source>
        <translation>Eininga &quot;%1&quot; har innebygd markering &lt;%2&gt; i &lt;%3&gt;; berre rein tekst kan importerast (be om fila utan taggar)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has a &lt;cp&gt; without a valid hex code point</source>
        <translation>Eininga &quot;%1&quot; har eit &lt;cp&gt; utan eit gyldig heksadesimalt kodepunkt</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>every app needs its application metadata.</source>
        <translation>alle appar må ha appmetadata.</translation>
    </message>
    <message>
        <source>every app needs a process.</source>
        <translation>alle appar må ha ein prosess.</translation>
    </message>
    <message>
        <source>every app needs access rules.</source>
        <translation>alle appar må ha tilgangsreglar.</translation>
    </message>
    <message>
        <source>every app needs texts in Norwegian Bokmål (nb).</source>
        <translation>alle appar må ha tekstar på bokmål (nb).</translation>
    </message>
    <message>
        <source>A component has no id. Every component needs an id that is unique in its layout set.</source>
        <translation>Ein komponent manglar id. Alle komponentar må ha ein id som er unik i sidegruppa.</translation>
    </message>
    <message>
        <source>earlier on this page</source>
        <translation>tidlegare på denne sida</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot;</source>
        <translation>på sida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The component id &quot;%1&quot; is used twice in the layout set &quot;%2&quot;: it is also used %3. Ids must be unique in a layout set.</source>
        <translation>Id-en &quot;%1&quot; er brukt av to komponentar i sidegruppa &quot;%2&quot;: id-en er òg brukt %3. Id-ar må vere unike i ei sidegruppe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists the child &quot;%2&quot;, but no component in the layout set &quot;%3&quot; has that id.</source>
        <translation>&quot;%1&quot; viser til underkomponenten &quot;%2&quot;, men ingen komponent i sidegruppa &quot;%3&quot; har den id-en.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; has no type.</source>
        <translation>Komponenten &quot;%1&quot; har ingen type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of this component type in another version of the app frontend; this app&apos;s frontend (%2) calls it &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; er namnet på denne komponenttypen i ein annan versjon av app-frontend; frontenden til denne appen (%2) kallar typen &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The component type &quot;%1&quot; (component &quot;%2&quot;) is not one the designer knows. It is kept as it is; check the spelling if it is not a newer or custom type.</source>
        <translation>Komponenttypen &quot;%1&quot; (komponenten &quot;%2&quot;) er ikkje kjend for Altinn Designer. Typen blir ikkje endra; kontroller stavemåten viss det ikkje er ein nyare eller eigendefinert type.</translation>
    </message>
    <message>
        <source>The expression at %1 is not valid: %2</source>
        <translation>Uttrykket ved %1 er ikkje gyldig: %2</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; must be a field path or {&quot;dataType&quot;, &quot;field&quot;}.</source>
        <translation>Knytinga &quot;%1&quot; for &quot;%2&quot; må vere ein feltsti eller {&quot;dataType&quot;, &quot;field&quot;}.</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; uses the data type &quot;%3&quot;, which applicationmetadata.json does not define.</source>
        <translation>Knytinga &quot;%1&quot; for &quot;%2&quot; brukar datatypen &quot;%3&quot;, som ikkje er definert i applicationmetadata.json.</translation>
    </message>
    <message>
        <source>Bindings to the data type &quot;%1&quot; cannot be checked: App/models/%1.schema.json is missing.</source>
        <translation>Knytingar til datatypen &quot;%1&quot; kan ikkje kontrollerast: App/models/%1.schema.json manglar.</translation>
    </message>
    <message>
        <source>the data model has no field &quot;%1&quot; at the top level</source>
        <translation>datamodellen har ikkje feltet &quot;%1&quot; på øvste nivå</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>&quot;%1&quot; har ikkje feltet &quot;%2&quot;</translation>
    </message>
    <message>
        <source> (it has: %1%2)</source>
        <translation> (felt som finst: %1%2)</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; points at &quot;%3&quot;, which does not exist in the data model &quot;%4&quot;: %5.</source>
        <translation>Knytinga &quot;%1&quot; for &quot;%2&quot; peikar på &quot;%3&quot;, som ikkje finst i datamodellen &quot;%4&quot;: %5.</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>Fila manglar: %1</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is listed twice in the page order.</source>
        <translation>Sida &quot;%1&quot; står to gonger i siderekkjefølgja.</translation>
    </message>
    <message>
        <source>The page order lists &quot;%1&quot;, but there is no page %2/layouts/%1.json.</source>
        <translation>Siderekkjefølgja inneheld &quot;%1&quot;, men det finst inga side %2/layouts/%1.json.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; exists but is not in the page order of %2, so the form never shows it.</source>
        <translation>Sida &quot;%1&quot; finst, men står ikkje i siderekkjefølgja til %2, så skjemaet viser ho aldri.</translation>
    </message>
    <message>
        <source>The PDF layout page &quot;%1&quot; does not exist.</source>
        <translation>PDF-sida &quot;%1&quot; finst ikkje.</translation>
    </message>
    <message>
        <source>The folder %1 is not listed in App/ui/layout-sets.json, so the app ignores it.</source>
        <translation>Mappa %1 står ikkje i App/ui/layout-sets.json, så appen ignorerer ho.</translation>
    </message>
    <message>
        <source>The folder %1 has no Settings.json, so the app ignores it.</source>
        <translation>Mappa %1 har ingen Settings.json, så appen ignorerer ho.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; uses the data type &quot;%2&quot;, which applicationmetadata.json does not define.</source>
        <translation>Sidegruppa &quot;%1&quot; brukar datatypen &quot;%2&quot;, som ikkje er definert i applicationmetadata.json.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; is for the task &quot;%2&quot;, which the process does not have.</source>
        <translation>Sidegruppa &quot;%1&quot; er for oppgåva &quot;%2&quot;, som ikkje finst i prosessen.</translation>
    </message>
    <message>
        <source>The UI folder &quot;%1&quot; is not named after a task of the process, and it is not a subform, a stateless entry page or CustomReceipt. Rename it to its task&apos;s id or mark it &quot;type&quot;: &quot;subform&quot;.</source>
        <translation>UI-mappa &quot;%1&quot; har ikkje namn etter ei oppgåve i prosessen, og ho er ikkje eit underskjema, ei tilstandslaus startside eller CustomReceipt. Gi ho same namn som id-en til oppgåva, eller merk ho med &quot;type&quot;: &quot;subform&quot;.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no pages (there is no folder %2/layouts).</source>
        <translation>Sidegruppa &quot;%1&quot; har ingen sider (det finst inga mappe %2/layouts).</translation>
    </message>
    <message>
        <source>%1 refers to the text &quot;%2&quot;, which no language of the app defines; the form will show &quot;%2&quot; as it is.</source>
        <translation>%1 viser til teksten &quot;%2&quot;, som ikkje er definert på nokon av språka i appen; skjemaet viser &quot;%2&quot; slik det står.</translation>
    </message>
    <message>
        <source>An expression</source>
        <translation>Eit uttrykk</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; text of &quot;%2&quot;</source>
        <translation>Teksten &quot;%1&quot; for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>An option of &quot;%1&quot;</source>
        <translation>Eit alternativ i &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A page group name</source>
        <translation>Eit gruppenamn i pages.groups</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot;</source>
        <translation>Kodelista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A footer item</source>
        <translation>Eit element i botnteksten</translation>
    </message>
    <message>
        <source>The file is named for the language &quot;%1&quot; but says &quot;language&quot;: &quot;%2&quot;.</source>
        <translation>Filnamnet gjeld språket &quot;%1&quot;, men fila inneheld &quot;language&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; is defined more than once; only the last one is used.</source>
        <translation>Tekstnøkkelen &quot;%1&quot; er definert meir enn éin gong; berre den siste blir brukt.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; has no %2 version (it exists in %3).</source>
        <translation>Teksten &quot;%1&quot; manglar versjon på %2 (teksten finst på %3).</translation>
    </message>
</context>
<context>
    <name>Xml</name>
    <message>
        <source>The file declares an encoding that is not supported: %1</source>
        <translation>Fila oppgir ei teiknkoding som ikkje er støtta: %1</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1</source>
        <translation>XML-en er ikkje velforma: %1</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>Fila har ikkje noko XML-element</translation>
    </message>
    <message>
        <source>The element does not exist</source>
        <translation>Elementet finst ikkje</translation>
    </message>
    <message>
        <source>The attribute %1 is a default of the document type and cannot be removed</source>
        <translation>Attributtet %1 er ein standardverdi frå dokumenttypen og kan ikkje fjernast</translation>
    </message>
    <message>
        <source>The element has no attribute %1</source>
        <translation>Elementet har ikkje attributtet %1</translation>
    </message>
    <message>
        <source>The element %1 holds other elements; its text cannot be set</source>
        <translation>Elementet %1 inneheld andre element; teksten kan ikkje setjast</translation>
    </message>
    <message>
        <source>The element cannot be removed</source>
        <translation>Elementet kan ikkje fjernast</translation>
    </message>
    <message>
        <source>The parent element does not exist</source>
        <translation>Det overordna elementet finst ikkje</translation>
    </message>
    <message>
        <source>Cannot add a child to the empty element %1</source>
        <translation>Kan ikkje leggje til eit underelement i det tomme elementet %1</translation>
    </message>
    <message>
        <source>The file has changed since the edit was planned</source>
        <translation>Fila er endra sidan endringa vart planlagd</translation>
    </message>
    <message>
        <source>The edit would make the file invalid: %1</source>
        <translation>Endringa ville gjort fila ugyldig: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop designer for Altinn 3 apps.</source>
        <translation>Skrivebordsprogram for utforming av Altinn 3-appar.</translation>
    </message>
    <message>
        <source>An app repository to open (the folder that holds App/).</source>
        <translation>Eit app-repo som skal opnast (mappa som inneheld App/).</translation>
    </message>
    <message>
        <source>Open the bundled sample app.</source>
        <translation>Opne den innebygde eksempelappen.</translation>
    </message>
    <message>
        <source>The language of the user interface: nb, nn or en.</source>
        <translation>Språket i brukargrensesnittet: nb, nn eller en.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after it has opened, then quit.</source>
        <translation>Lagre eit bilete av vindauget til FILE når det har opna seg, og avslutt deretter.</translation>
    </message>
    <message>
        <source>The editor to show first: forms, datamodel, texts, process, access, settings or vcs.</source>
        <translation>Redigeringsverktøyet som skal visast først: forms, datamodel, texts, process, access, settings eller vcs.</translation>
    </message>
</context>
</TS>
