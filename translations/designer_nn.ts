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
        <source>Usage: altinn-designer-cli COMMAND [OPTIONS]

Works on Altinn app repositories (the folder that holds App/) with the same code as the designer.

Commands:
  resave APP_DIR                             Load every file the designer understands and write it back.
  validate APP_DIR [--json]                  Check the app and print one finding per line.
  new APP_DIR --org ORG --app NAME [--v8]    Create a new app from the bundled template.
  model import APP_DIR FILE.xsd [--name NAME]  Import an XSD as a data model of the app.
  model convert FILE --to json-schema|xsd|csharp  Convert a data model (output on stdout).

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

Køyr &quot;altinn-designer-cli COMMAND --help&quot; for detaljar om ein kommando.
</translation>
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
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Rename id...</source>
        <translation>Endre id...</translation>
    </message>
    <message>
        <source>Add property...</source>
        <translation>Legg til eigenskap...</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Fjern eigenskap</translation>
    </message>
    <message>
        <source>Layout set:</source>
        <translation>Sidegruppe:</translation>
    </message>
    <message>
        <source>Layout set</source>
        <translation>Sidegruppe</translation>
    </message>
    <message>
        <source>Outline of the form. The drag-and-drop canvas and the full property panel are not part of this version.</source>
        <translation>Oversikt over skjemaet. Arbeidsflata med dra-og-slepp og det fullstendige eigenskapspanelet er ikkje med i denne versjonen.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Components of the page</source>
        <translation>Komponentane på sida</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenskap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Properties of the component</source>
        <translation>Eigenskapane til komponenten</translation>
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
        <source> (not in the page order)</source>
        <translation> (ikkje i siderekkjefølgja)</translation>
    </message>
    <message>
        <source>This page cannot be read: %1</source>
        <translation>Denne sida kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>(not on this page)</source>
        <translation>(ikkje på denne sida)</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenskapar for %1</translation>
    </message>
    <message>
        <source>Select a component to see its properties.</source>
        <translation>Vel ein komponent for å sjå eigenskapane.</translation>
    </message>
    <message>
        <source>Type JSON (true, 12, [&quot;a&quot;], {...}) or plain text.</source>
        <translation>Skriv JSON (true, 12, [&quot;a&quot;], {...}) eller vanleg tekst.</translation>
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
        <source>Add property</source>
        <translation>Legg til eigenskap</translation>
    </message>
    <message>
        <source>Property name (for example readOnly):</source>
        <translation>Namn på eigenskapen (til dømes readOnly):</translation>
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
        <source>Edit the texts of every language side by side, rename keys everywhere they are used, and exchange translations.</source>
        <translation>Rediger tekstane for alle språk side om side, endre namn på nøklar overalt der dei er brukte, og utveksle omsetjingar.</translation>
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
        <source>Ctrl+N  new app
Ctrl+O  open an app folder
Ctrl+S  save the current file
Ctrl+Shift+S  save all
Ctrl+Z / Ctrl+Shift+Z  undo / redo
Ctrl+W  close the app
Ctrl+1 ... Ctrl+7  go to an editor
F8  go to the next problem

In the component outline:
Delete  delete the component
F2  rename its id
Alt+Up / Alt+Down  move it

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

I komponentoversikta:
Delete  slett komponenten
F2  endre id-en
Alt+Up / Alt+Down  flytt komponenten

I kjeldevisinga:
Ctrl+F  søk, F3 / Shift+F3  neste / førre</translation>
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
