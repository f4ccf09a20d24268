<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppCreator</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 exists and is not a folder</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder</source>
        <translation>The folder %1 is not empty; choose a new or empty folder</translation>
    </message>
    <message>
        <source>The bundled files are missing from this build</source>
        <translation>The bundled files are missing from this build</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not valid: use lowercase letters, digits and dashes (for example &quot;ttd&quot;)</source>
        <translation>The organisation &quot;%1&quot; is not valid: use lowercase letters, digits and dashes (for example &quot;ttd&quot;)</translation>
    </message>
    <message>
        <source>The app name &quot;%1&quot; is not valid: 3 to 30 lowercase letters, digits and dashes, starting with a letter and not ending with a dash</source>
        <translation>The app name &quot;%1&quot; is not valid: 3 to 30 lowercase letters, digits and dashes, starting with a letter and not ending with a dash</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>The folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>%1 is not an Altinn app repository: it has no App folder</source>
        <translation>%1 is not an Altinn app repository: it has no App folder</translation>
    </message>
    <message>
        <source>The App folder in %1 cannot be read</source>
        <translation>The App folder in %1 cannot be read</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (line %1, column %2)</translation>
    </message>
    <message>
        <source>The %1 file cannot be read%2: %3. It is kept as it is and cannot be edited until it is fixed.</source>
        <translation>The %1 file cannot be read%2: %3. It is kept as it is and cannot be edited until it is fixed.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>%1 is not saved: it could not be read</source>
        <translation>%1 is not saved: it could not be read</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was opened. Choose whether to keep your version or take the one on disk.</source>
        <translation>%1 was changed by another program after it was opened. Choose whether to keep your version or take the one on disk.</translation>
    </message>
    <message>
        <source>%1 is not written: it could not be read (%2)</source>
        <translation>%1 is not written: it could not be read (%2)</translation>
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
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>see --help</source>
        <translation>see --help</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli %1</source>
        <translation>Usage: altinn-designer-cli %1</translation>
    </message>
    <message>
        <source>APP_DIR is missing (see --help)</source>
        <translation>APP_DIR is missing (see --help)</translation>
    </message>
    <message>
        <source>Only one APP_DIR is expected, got %1</source>
        <translation>Only one APP_DIR is expected, got %1</translation>
    </message>
    <message>
        <source>Cannot load the app: %1</source>
        <translation>Cannot load the app: %1</translation>
    </message>
    <message>
        <source>The app repository (the folder that holds App/).</source>
        <translation>The app repository (the folder that holds App/).</translation>
    </message>
    <message>
        <source>Loads every file the designer understands and writes each one back through the designer&apos;s own save path. An app that was not changed stays byte for byte the same.</source>
        <translation>Loads every file the designer understands and writes each one back through the designer&apos;s own save path. An app that was not changed stays byte for byte the same.</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be written</source>
        <translation>%1 of %2 files could not be written</translation>
    </message>
    <message>
        <source>Wrote %1 files.</source>
        <translation>Wrote %1 files.</translation>
    </message>
    <message>
        <source>Print the findings as a JSON array.</source>
        <translation>Print the findings as a JSON array.</translation>
    </message>
    <message>
        <source>Checks the app and prints one finding per line: SEVERITY FILE POINTER MESSAGE (FILE relative to APP_DIR, &quot;-&quot; where there is none). Exits with 0 when there are no errors, 1 when there are, 2 when the app cannot be loaded.</source>
        <translation>Checks the app and prints one finding per line: SEVERITY FILE POINTER MESSAGE (FILE relative to APP_DIR, &quot;-&quot; where there is none). Exits with 0 when there are no errors, 1 when there are, 2 when the app cannot be loaded.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <source>The folder to create (must not exist or be empty).</source>
        <translation>The folder to create (must not exist or be empty).</translation>
    </message>
    <message>
        <source>The service owner&apos;s organisation code, e.g. ttd.</source>
        <translation>The service owner&apos;s organisation code, e.g. ttd.</translation>
    </message>
    <message>
        <source>The app (repository) name, e.g. my-app.</source>
        <translation>The app (repository) name, e.g. my-app.</translation>
    </message>
    <message>
        <source>Create a v8 app (layout-sets.json) instead of the current version.</source>
        <translation>Create a v8 app (layout-sets.json) instead of the current version.</translation>
    </message>
    <message>
        <source>Creates a new, complete app from the bundled template: metadata, one layout set with one page, texts in nb, nn and en, a process with one data task, access rules, a data model and a .gitignore.</source>
        <translation>Creates a new, complete app from the bundled template: metadata, one layout set with one page, texts in nb, nn and en, a process with one data task, access rules, a data model and a .gitignore.</translation>
    </message>
    <message>
        <source>--org and --app are required (see --help)</source>
        <translation>--org and --app are required (see --help)</translation>
    </message>
    <message>
        <source>Created %1 (%2/%3) in %4.</source>
        <translation>Created %1 (%2/%3) in %4.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help)</source>
        <translation>Unknown command &quot;%1&quot; (see --help)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The XSD to import.</source>
        <translation>The XSD to import.</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name without .xsd).</source>
        <translation>The model&apos;s name (default: the file&apos;s name without .xsd).</translation>
    </message>
    <message>
        <source>Point this layout set (which has no data type yet) at the model.</source>
        <translation>Point this layout set (which has no data type yet) at the model.</translation>
    </message>
    <message>
        <source>Imports an XSD into an app as Altinn Studio does: the XSD is kept as App/models/NAME.xsd, NAME.schema.json and NAME.cs are written, and the data type is added to applicationmetadata.json.</source>
        <translation>Imports an XSD into an app as Altinn Studio does: the XSD is kept as App/models/NAME.xsd, NAME.schema.json and NAME.cs are written, and the data type is added to applicationmetadata.json.</translation>
    </message>
    <message>
        <source>APP_DIR and FILE.xsd are expected (see --help)</source>
        <translation>APP_DIR and FILE.xsd are expected (see --help)</translation>
    </message>
    <message>
        <source>Imported the data model %1 (root class %2) into %3.</source>
        <translation>Imported the data model %1 (root class %2) into %3.</translation>
    </message>
    <message>
        <source>%1: the input must be an .xsd or a .json / .schema.json file</source>
        <translation>%1: the input must be an .xsd or a .json / .schema.json file</translation>
    </message>
    <message>
        <source>An .xsd, or a .json / .schema.json JSON Schema.</source>
        <translation>An .xsd, or a .json / .schema.json JSON Schema.</translation>
    </message>
    <message>
        <source>What to write: json-schema, xsd or csharp.</source>
        <translation>What to write: json-schema, xsd or csharp.</translation>
    </message>
    <message>
        <source>Converts a data model and writes the result on standard output.</source>
        <translation>Converts a data model and writes the result on standard output.</translation>
    </message>
    <message>
        <source>FILE is missing (see --help)</source>
        <translation>FILE is missing (see --help)</translation>
    </message>
    <message>
        <source>--to must be json-schema, xsd or csharp</source>
        <translation>--to must be json-schema, xsd or csharp</translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation>Cannot write to standard output</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli model import APP_DIR FILE.xsd [--name NAME] [--layout-set SET]
       altinn-designer-cli model convert FILE --to json-schema|xsd|csharp
</source>
        <translation>Usage: altinn-designer-cli model import APP_DIR FILE.xsd [--name NAME] [--layout-set SET]
       altinn-designer-cli model convert FILE --to json-schema|xsd|csharp
</translation>
    </message>
    <message>
        <source>Unknown model command &quot;%1&quot; (see model --help)</source>
        <translation>Unknown model command &quot;%1&quot; (see model --help)</translation>
    </message>
    <message>
        <source>List the types offered to this app (by its frontend version).</source>
        <translation>List the types offered to this app (by its frontend version).</translation>
    </message>
    <message>
        <source>List the types offered to apps of this frontend major version (3, 4 or 9).</source>
        <translation>List the types offered to apps of this frontend major version (3, 4 or 9).</translation>
    </message>
    <message>
        <source>Prints the component types the form builder offers, one per line, in the order of its palette: by category (text, form fields, attachments, buttons, groups, media, summary, signing and payment, advanced), then alphabetically. Without --app or --frontend: the newest frontend.</source>
        <translation>Prints the component types the form builder offers, one per line, in the order of its palette: by category (text, form fields, attachments, buttons, groups, media, summary, signing and payment, advanced), then alphabetically. Without --app or --frontend: the newest frontend.</translation>
    </message>
    <message>
        <source>--frontend must be a frontend major version such as 3, 4 or 9</source>
        <translation>--frontend must be a frontend major version such as 3, 4 or 9</translation>
    </message>
    <message>
        <source>The app has no layout set &quot;%1&quot; (it has: %2)</source>
        <translation>The app has no layout set &quot;%1&quot; (it has: %2)</translation>
    </message>
    <message>
        <source>The app has several layout sets; choose one with --set (%1)</source>
        <translation>The app has several layout sets; choose one with --set (%1)</translation>
    </message>
    <message>
        <source>%1 expects KEY=VALUE, got &quot;%2&quot;</source>
        <translation>%1 expects KEY=VALUE, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no data-model bindings</source>
        <translation>%1 has no data-model bindings</translation>
    </message>
    <message>
        <source>%1 has no binding &quot;%2&quot; (it has: %3)</source>
        <translation>%1 has no binding &quot;%2&quot; (it has: %3)</translation>
    </message>
    <message>
        <source>%1 has no texts</source>
        <translation>%1 has no texts</translation>
    </message>
    <message>
        <source>%1 has no text &quot;%2&quot; (it has: %3)</source>
        <translation>%1 has no text &quot;%2&quot; (it has: %3)</translation>
    </message>
    <message>
        <source>Components cannot be added to &quot;%1&quot; from the command line yet.</source>
        <translation>Components cannot be added to &quot;%1&quot; from the command line yet.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>The layout set %1 has no page &quot;%2&quot; (it has: %3)</source>
        <translation>The layout set %1 has no page &quot;%2&quot; (it has: %3)</translation>
    </message>
    <message>
        <source>%1 is made by the app itself and cannot be added by hand</source>
        <translation>%1 is made by the app itself and cannot be added by hand</translation>
    </message>
    <message>
        <source>%1 is not available in this app&apos;s frontend (%2); see &quot;layout types --app&quot;</source>
        <translation>%1 is not available in this app&apos;s frontend (%2); see &quot;layout types --app&quot;</translation>
    </message>
    <message>
        <source>Note: the designer does not know the type %1; it is added with only its id and type.</source>
        <translation>Note: the designer does not know the type %1; it is added with only its id and type.</translation>
    </message>
    <message>
        <source>The page %1 has no component &quot;%2&quot;</source>
        <translation>The page %1 has no component &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added %1 (%2) to %3.</source>
        <translation>Added %1 (%2) to %3.</translation>
    </message>
    <message>
        <source>The layout set (UI folder); may be left out when the app has only one.</source>
        <translation>The layout set (UI folder); may be left out when the app has only one.</translation>
    </message>
    <message>
        <source>The page to add the component to.</source>
        <translation>The page to add the component to.</translation>
    </message>
    <message>
        <source>The component type (see &quot;layout types&quot;).</source>
        <translation>The component type (see &quot;layout types&quot;).</translation>
    </message>
    <message>
        <source>The new component&apos;s id (default: TYPE-xxxxxx).</source>
        <translation>The new component&apos;s id (default: TYPE-xxxxxx).</translation>
    </message>
    <message>
        <source>A container on the page to put the component in.</source>
        <translation>A container on the page to put the component in.</translation>
    </message>
    <message>
        <source>The position among its siblings, from 0 (default: last).</source>
        <translation>The position among its siblings, from 0 (default: last).</translation>
    </message>
    <message>
        <source>A data-model binding, e.g. simpleBinding=person.name (repeatable).</source>
        <translation>A data-model binding, e.g. simpleBinding=person.name (repeatable).</translation>
    </message>
    <message>
        <source>A text binding, e.g. title=person.name.label (repeatable).</source>
        <translation>A text binding, e.g. title=person.name.label (repeatable).</translation>
    </message>
    <message>
        <source>Adds a component with everything the layout schema requires (bindings the command line does not give are left empty for the form builder to fill in), through the same edit as the designer. Bindings are written as {&quot;field&quot;, &quot;dataType&quot;} in apps of frontend 9 and as a path before. In Tabs and Cards the component goes into the last tab or card, in a Grid into a new row. Exits with 0 when it was added, 1 when it was refused, 2 for bad arguments or an app that cannot be loaded.</source>
        <translation>Adds a component with everything the layout schema requires (bindings the command line does not give are left empty for the form builder to fill in), through the same edit as the designer. Bindings are written as {&quot;field&quot;, &quot;dataType&quot;} in apps of frontend 9 and as a path before. In Tabs and Cards the component goes into the last tab or card, in a Grid into a new row. Exits with 0 when it was added, 1 when it was refused, 2 for bad arguments or an app that cannot be loaded.</translation>
    </message>
    <message>
        <source>--page and --type are required (see --help)</source>
        <translation>--page and --type are required (see --help)</translation>
    </message>
    <message>
        <source>--index must be a whole number from 0</source>
        <translation>--index must be a whole number from 0</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli layout types [--app APP_DIR | --frontend N]
       altinn-designer-cli layout add-component APP_DIR [--set SET] --page PAGE --type TYPE [--id ID]
                          [--parent ID] [--index N] [--bind KEY=PATH]... [--text KEY=TEXTKEY]...
       altinn-designer-cli layout add-page APP_DIR [--set SET] --page PAGE [--index N]
</source>
        <translation>Usage: altinn-designer-cli layout types [--app APP_DIR | --frontend N]
       altinn-designer-cli layout add-component APP_DIR [--set SET] --page PAGE --type TYPE [--id ID]
                          [--parent ID] [--index N] [--bind KEY=PATH]... [--text KEY=TEXTKEY]...
       altinn-designer-cli layout add-page APP_DIR [--set SET] --page PAGE [--index N]
</translation>
    </message>
    <message>
        <source>Unknown layout command &quot;%1&quot; (see layout --help)</source>
        <translation>Unknown layout command &quot;%1&quot; (see layout --help)</translation>
    </message>
    <message>
        <source>(the name comes from the file&apos;s name; choose another with --name NAME)</source>
        <translation>(the name comes from the file&apos;s name; choose another with --name NAME)</translation>
    </message>
    <message>
        <source>The layout set (UI folder) to add the page to; may be left out when the app has only one.</source>
        <translation>The layout set (UI folder) to add the page to; may be left out when the app has only one.</translation>
    </message>
    <message>
        <source>The name of the new page (letters, digits, &quot;_&quot; and &quot;-&quot;).</source>
        <translation>The name of the new page (letters, digits, &quot;_&quot; and &quot;-&quot;).</translation>
    </message>
    <message>
        <source>Where the page goes in the page order, from 0 (default: last).</source>
        <translation>Where the page goes in the page order, from 0 (default: last).</translation>
    </message>
    <message>
        <source>Adds an empty page to a layout set: the page file and its entry in the set&apos;s page order (Settings.json).</source>
        <translation>Adds an empty page to a layout set: the page file and its entry in the set&apos;s page order (Settings.json).</translation>
    </message>
    <message>
        <source>--page is missing (see --help)</source>
        <translation>--page is missing (see --help)</translation>
    </message>
    <message>
        <source>Added the page %1 to %2 (%3).</source>
        <translation>Added the page %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is missing (see --help)</source>
        <translation>%1 is missing (see --help)</translation>
    </message>
    <message>
        <source>Too many arguments: expected %1 (see --help)</source>
        <translation>Too many arguments: expected %1 (see --help)</translation>
    </message>
    <message>
        <source>The app has no language &quot;%1&quot; (it has: %2); add it with &quot;texts add-language&quot;</source>
        <translation>The app has no language &quot;%1&quot; (it has: %2); add it with &quot;texts add-language&quot;</translation>
    </message>
    <message>
        <source>The language, e.g. nb.</source>
        <translation>The language, e.g. nb.</translation>
    </message>
    <message>
        <source>The text key.</source>
        <translation>The text key.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>The text.</translation>
    </message>
    <message>
        <source>Sets the text of a key in one language. A key the app does not have yet is added to every language (empty in the others). A VALUE that starts with &quot;-&quot; goes after &quot;--&quot;.</source>
        <translation>Sets the text of a key in one language. A key the app does not have yet is added to every language (empty in the others). A VALUE that starts with &quot;-&quot; goes after &quot;--&quot;.</translation>
    </message>
    <message>
        <source>%1 already has this text in %2; nothing changed.</source>
        <translation>%1 already has this text in %2; nothing changed.</translation>
    </message>
    <message>
        <source>Added the key %1 with its text in %2.</source>
        <translation>Added the key %1 with its text in %2.</translation>
    </message>
    <message>
        <source>Set the text of %1 (%2)</source>
        <translation>Set the text of %1 (%2)</translation>
    </message>
    <message>
        <source>Set the text of %1 in %2.</source>
        <translation>Set the text of %1 in %2.</translation>
    </message>
    <message>
        <source>The key to rename.</source>
        <translation>The key to rename.</translation>
    </message>
    <message>
        <source>The new key.</source>
        <translation>The new key.</translation>
    </message>
    <message>
        <source>Renames a text key in every language and every place of the app that names it (pages of all layout sets, code lists, Settings.json, the footer, the metadata title, the process, expressions), as one change. C# code that names the key is not changed; it is listed after the result.</source>
        <translation>Renames a text key in every language and every place of the app that names it (pages of all layout sets, code lists, Settings.json, the footer, the metadata title, the process, expressions), as one change. C# code that names the key is not changed; it is listed after the result.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 in %3 files.</source>
        <translation>Renamed %1 to %2 in %3 files.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The key to delete.</source>
        <translation>The key to delete.</translation>
    </message>
    <message>
        <source>Delete the key even where the app still uses it (the places are left as they are).</source>
        <translation>Delete the key even where the app still uses it (the places are left as they are).</translation>
    </message>
    <message>
        <source>Deletes a text key from every language. Refused while a place of the app names the key (the places are listed), unless --force is given.</source>
        <translation>Deletes a text key from every language. Refused while a place of the app names the key (the places are listed), unless --force is given.</translation>
    </message>
    <message>
        <source>Deleted %1 from %2 files.</source>
        <translation>Deleted %1 from %2 files.</translation>
    </message>
    <message>
        <source>The ISO 639-1 code of the new language, e.g. en.</source>
        <translation>The ISO 639-1 code of the new language, e.g. en.</translation>
    </message>
    <message>
        <source>Copy every text of this language into the new one.</source>
        <translation>Copy every text of this language into the new one.</translation>
    </message>
    <message>
        <source>Adds the text file of a language, written like the app&apos;s other text files. With --from it starts as a copy of that language&apos;s texts (to translate); without, it has no texts.</source>
        <translation>Adds the text file of a language, written like the app&apos;s other text files. With --from it starts as a copy of that language&apos;s texts (to translate); without, it has no texts.</translation>
    </message>
    <message>
        <source>Added the language %1 with %2 texts from %3.</source>
        <translation>Added the language %1 with %2 texts from %3.</translation>
    </message>
    <message>
        <source>Added the language %1.</source>
        <translation>Added the language %1.</translation>
    </message>
    <message>
        <source>%1 keys in %2 languages; source language %3</source>
        <translation>%1 keys in %2 languages; source language %3</translation>
    </message>
    <message>
        <source>%1: %2 missing, %3 empty</source>
        <translation>%1: %2 missing, %3 empty</translation>
    </message>
    <message>
        <source>, %1 untranslated</source>
        <translation>, %1 untranslated</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>untranslated</translation>
    </message>
    <message>
        <source>Unused keys: %1</source>
        <translation>Unused keys: %1</translation>
    </message>
    <message>
        <source>Print the coverage as JSON.</source>
        <translation>Print the coverage as JSON.</translation>
    </message>
    <message>
        <source>The language others are compared with for &quot;untranslated&quot; (default: nb, else the first).</source>
        <translation>The language others are compared with for &quot;untranslated&quot; (default: nb, else the first).</translation>
    </message>
    <message>
        <source>Prints, per language, the keys that are missing (another language has them), empty, or untranslated (the same text as the source language), and the keys no place of the app uses. JSON: {&quot;languages&quot;: {LANG: {&quot;missing&quot;, &quot;empty&quot;, &quot;untranslated&quot;}}, &quot;unused&quot;, &quot;sourceLanguage&quot;, &quot;pages&quot;}.</source>
        <translation>Prints, per language, the keys that are missing (another language has them), empty, or untranslated (the same text as the source language), and the keys no place of the app uses. JSON: {&quot;languages&quot;: {LANG: {&quot;missing&quot;, &quot;empty&quot;, &quot;untranslated&quot;}}, &quot;unused&quot;, &quot;sourceLanguage&quot;, &quot;pages&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code such as nb, nn or en</source>
        <translation>&quot;%1&quot; is not an ISO 639-1 language code such as nb, nn or en</translation>
    </message>
    <message>
        <source>The app has no texts</source>
        <translation>The app has no texts</translation>
    </message>
    <message>
        <source>The app has only the language %1; name the target language with --target</source>
        <translation>The app has only the language %1; name the target language with --target</translation>
    </message>
    <message>
        <source>The source and target languages are both %1</source>
        <translation>The source and target languages are both %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 texts to %2.</source>
        <translation>Wrote %1 texts to %2.</translation>
    </message>
    <message>
        <source>xliff (XLIFF 2.0) or csv.</source>
        <translation>xliff (XLIFF 2.0) or csv.</translation>
    </message>
    <message>
        <source>XLIFF: the source language (default: nb, else the first). CSV: a column.</source>
        <translation>XLIFF: the source language (default: nb, else the first). CSV: a column.</translation>
    </message>
    <message>
        <source>XLIFF: the target language (default: the first other language; may be one the app lacks). CSV: a column.</source>
        <translation>XLIFF: the target language (default: the first other language; may be one the app lacks). CSV: a column.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>Writes the texts for translators. XLIFF 2.0: one unit per key with the source and target texts and notes on where the text is used. CSV (UTF-8, comma-separated): a column per language, every language unless --source or --target name the columns.</source>
        <translation>Writes the texts for translators. XLIFF 2.0: one unit per key with the source and target texts and notes on where the text is used. CSV (UTF-8, comma-separated): a column per language, every language unless --source or --target name the columns.</translation>
    </message>
    <message>
        <source>--format must be xliff or csv</source>
        <translation>--format must be xliff or csv</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message numerus="yes">
        <source>Note: the source text of %n key(s) changed since the file was made: %1</source>
        <translation>
            <numerusform>Note: the source text of %n key changed since the file was made: %1</numerusform>
            <numerusform>Note: the source text of %n keys changed since the file was made: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An XLIFF 2.0 or CSV file.</source>
        <translation>An XLIFF 2.0 or CSV file.</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>Only print what would change.</translation>
    </message>
    <message>
        <source>Import even when the file has keys the app does not have (those are skipped).</source>
        <translation>Import even when the file has keys the app does not have (those are skipped).</translation>
    </message>
    <message>
        <source>Imports translated texts from an XLIFF 2.0 file (the &lt;target&gt; of each unit) or a CSV file (header key,LANG...), as one change. Prints each change, then a summary. Empty cells and targets change nothing; languages the app lacks are added. A file with keys the app does not have is refused unless --skip-unknown is given.</source>
        <translation>Imports translated texts from an XLIFF 2.0 file (the &lt;target&gt; of each unit) or a CSV file (header key,LANG...), as one change. Prints each change, then a summary. Empty cells and targets change nothing; languages the app lacks are added. A file with keys the app does not have is refused unless --skip-unknown is given.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n key(s) the app does not have: %1. Nothing was imported; use --skip-unknown to import the other texts.</source>
        <translation>
            <numerusform>The file has %n key the app does not have: %1. Nothing was imported; use --skip-unknown to import the other texts.</numerusform>
            <numerusform>The file has %n keys the app does not have: %1. Nothing was imported; use --skip-unknown to import the other texts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1</source>
        <translation>Dry run, nothing changed: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Imported %1: %2</translation>
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
        <translation>Usage: altinn-designer-cli texts set APP_DIR LANG KEY VALUE
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
        <translation>Unknown texts command &quot;%1&quot; (see texts --help)</translation>
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
        <translation>Usage: altinn-designer-cli COMMAND [OPTIONS]

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
</translation>
    </message>
    <message>
        <source>Usage: altinn-designer-cli expr test PATH...
       altinn-designer-cli expr eval EXPRESSION_JSON [--data FILE.json]
</source>
        <translation>Usage: altinn-designer-cli expr test PATH...
       altinn-designer-cli expr eval EXPRESSION_JSON [--data FILE.json]
</translation>
    </message>
    <message>
        <source>Also list passing failure cases whose error message differs from the stated one.</source>
        <translation>Also list passing failure cases whose error message differs from the stated one.</translation>
    </message>
    <message>
        <source>Run shared expression test cases (files or folders of *.json).</source>
        <translation>Run shared expression test cases (files or folders of *.json).</translation>
    </message>
    <message>
        <source>PATH is missing (see --help)</source>
        <translation>PATH is missing (see --help)</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 passed, %2 failed</translation>
    </message>
    <message>
        <source>, %1 unsupported</source>
        <translation>, %1 unsupported</translation>
    </message>
    <message>
        <source>A JSON file used as the default data model.</source>
        <translation>A JSON file used as the default data model.</translation>
    </message>
    <message>
        <source>Evaluate one expression and print the result as JSON.</source>
        <translation>Evaluate one expression and print the result as JSON.</translation>
    </message>
    <message>
        <source>Expected exactly one EXPRESSION_JSON (see --help)</source>
        <translation>Expected exactly one EXPRESSION_JSON (see --help)</translation>
    </message>
    <message>
        <source>The expression is not valid JSON: %1</source>
        <translation>The expression is not valid JSON: %1</translation>
    </message>
    <message>
        <source>Unknown expr command &quot;%1&quot; (see expr --help)</source>
        <translation>Unknown expr command &quot;%1&quot; (see expr --help)</translation>
    </message>
</context>
<context>
    <name>ComponentCatalog</name>
    <message>
        <source>The component catalog is missing from the program.</source>
        <translation>The component catalog is missing from the program.</translation>
    </message>
    <message>
        <source>The designer does not know the component type &quot;%1&quot;, so it cannot place components in it.</source>
        <translation>The designer does not know the component type &quot;%1&quot;, so it cannot place components in it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes its rows itself; components cannot be added to it.</source>
        <translation>&quot;%1&quot; makes its rows itself; components cannot be added to it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot hold other components.</source>
        <translation>&quot;%1&quot; cannot hold other components.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no place called &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; has no place called &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made by the app itself and cannot be added by hand.</source>
        <translation>&quot;%1&quot; is made by the app itself and cannot be added by hand.</translation>
    </message>
    <message>
        <source>The designer does not know whether the component type &quot;%1&quot; may be placed in &quot;%2&quot;.</source>
        <translation>The designer does not know whether the component type &quot;%1&quot; may be placed in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in &quot;%2&quot;. %3</source>
        <translation>&quot;%1&quot; cannot be placed in &quot;%2&quot;. %3</translation>
    </message>
    <message>
        <source>A type in the component catalog has no name.</source>
        <translation>A type in the component catalog has no name.</translation>
    </message>
    <message>
        <source>The type %1 uses the unknown property group %2.</source>
        <translation>The type %1 uses the unknown property group %2.</translation>
    </message>
    <message>
        <source>The component catalog has an unknown format.</source>
        <translation>The component catalog has an unknown format.</translation>
    </message>
    <message>
        <source>The component catalog lists %1 twice.</source>
        <translation>The component catalog lists %1 twice.</translation>
    </message>
    <message>
        <source>The type %1 is like the unknown type %2.</source>
        <translation>The type %1 is like the unknown type %2.</translation>
    </message>
    <message>
        <source>The id pattern of the component catalog is not a valid regular expression.</source>
        <translation>The id pattern of the component catalog is not a valid regular expression.</translation>
    </message>
    <message>
        <source>The component catalog lists no types.</source>
        <translation>The component catalog lists no types.</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <source>Update the bindings of %1</source>
        <translation>Update the bindings of %1</translation>
    </message>
    <message>
        <source>Two different types would both become the C# class %1 (the second at %2)</source>
        <translation>Two different types would both become the C# class %1 (the second at %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (at %2) cannot be a name in C#</source>
        <translation>&quot;%1&quot; (at %2) cannot be a name in C#</translation>
    </message>
    <message>
        <source>%1 has the type %2, which C# models do not support</source>
        <translation>%1 has the type %2, which C# models do not support</translation>
    </message>
    <message>
        <source>The fixed value &quot;%1&quot; of %2 does not fit its type %3</source>
        <translation>The fixed value &quot;%1&quot; of %2 does not fit its type %3</translation>
    </message>
    <message>
        <source>%1 would get the C# name %2, the same as its class, which C# does not allow</source>
        <translation>%1 would get the C# name %2, the same as its class, which C# does not allow</translation>
    </message>
    <message>
        <source>Two members of the C# class %1 would both be named %2 (XML names that differ only by &apos;-&apos;?), at %3</source>
        <translation>Two members of the C# class %1 would both be named %2 (XML names that differ only by &apos;-&apos;?), at %3</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points to another file, which C# generation cannot follow</source>
        <translation>The reference &quot;%1&quot; points to another file, which C# generation cannot follow</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points to nothing</source>
        <translation>The reference &quot;%1&quot; points to nothing</translation>
    </message>
    <message>
        <source>References nest too deeply at %1</source>
        <translation>References nest too deeply at %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an XML name (it must start with a letter or _ and hold no spaces or colons)</source>
        <translation>&quot;%1&quot; cannot be an XML name (it must start with a letter or _ and hold no spaces or colons)</translation>
    </message>
    <message>
        <source>A JSON Schema must be an object</source>
        <translation>A JSON Schema must be an object</translation>
    </message>
    <message>
        <source>An alternative of a choice cannot declare attributes</source>
        <translation>An alternative of a choice cannot declare attributes</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; does not point to a definition of this schema</source>
        <translation>The reference &quot;%1&quot; does not point to a definition of this schema</translation>
    </message>
    <message>
        <source>A group of elements cannot declare attributes</source>
        <translation>A group of elements cannot declare attributes</translation>
    </message>
    <message>
        <source>The text value of an element with attributes must have a named or built-in type</source>
        <translation>The text value of an element with attributes must have a named or built-in type</translation>
    </message>
    <message>
        <source>An element with a text value cannot contain elements</source>
        <translation>An element with a text value cannot contain elements</translation>
    </message>
    <message>
        <source>A value of several types (%1) has no XSD form</source>
        <translation>A value of several types (%1) has no XSD form</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; cannot be the type of a simple value</source>
        <translation>The type &quot;%1&quot; cannot be the type of a simple value</translation>
    </message>
    <message>
        <source>multipleOf %1 has no XSD form (only 1, 0.1, 0.01, ... map to fractionDigits)</source>
        <translation>multipleOf %1 has no XSD form (only 1, 0.1, 0.01, ... map to fractionDigits)</translation>
    </message>
    <message>
        <source>enum must be an array</source>
        <translation>enum must be an array</translation>
    </message>
    <message>
        <source>Only a string, number or boolean can be written here</source>
        <translation>Only a string, number or boolean can be written here</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by a data type that is not a data model</source>
        <translation>The name &quot;%1&quot; is already used by a data type that is not a data model</translation>
    </message>
    <message>
        <source>The data model &quot;%1&quot; already has a root class named &quot;%2&quot;; two models cannot share it</source>
        <translation>The data model &quot;%1&quot; already has a root class named &quot;%2&quot;; two models cannot share it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid model name: start with a letter and use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>&quot;%1&quot; is not a valid model name: start with a letter and use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name for a new model: start with a letter and use letters, digits and &apos;_&apos;</source>
        <translation>&quot;%1&quot; is not a valid name for a new model: start with a letter and use letters, digits and &apos;_&apos;</translation>
    </message>
    <message>
        <source>The app already has a data model named &quot;%1&quot;</source>
        <translation>The app already has a data model named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no layout set &quot;%1&quot;</source>
        <translation>There is no layout set &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; already uses the data type &quot;%2&quot;</source>
        <translation>The layout set &quot;%1&quot; already uses the data type &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no Settings.json to point at the model</source>
        <translation>The layout set &quot;%1&quot; has no Settings.json to point at the model</translation>
    </message>
    <message>
        <source>The app&apos;s applicationmetadata.json is missing or cannot be read</source>
        <translation>The app&apos;s applicationmetadata.json is missing or cannot be read</translation>
    </message>
    <message>
        <source>Import the data model %1</source>
        <translation>Import the data model %1</translation>
    </message>
    <message>
        <source>The data model schema is not a JSON object</source>
        <translation>The data model schema is not a JSON object</translation>
    </message>
    <message>
        <source>Both documents must be XML Schemas (xsd:schema)</source>
        <translation>Both documents must be XML Schemas (xsd:schema)</translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE %1&gt;). Document types and entities are not allowed: they can make a file read other files or the network.</source>
        <translation>The file declares a document type (&lt;!DOCTYPE %1&gt;). Document types and entities are not allowed: they can make a file read other files or the network.</translation>
    </message>
    <message>
        <source>The file refers to another resource (%1), which is never fetched or read.</source>
        <translation>The file refers to another resource (%1), which is never fetched or read.</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>The file has no XML element</translation>
    </message>
    <message>
        <source>This is not an XML Schema: the root element is &lt;%1&gt;, not &lt;xsd:schema&gt; in the namespace %2</source>
        <translation>This is not an XML Schema: the root element is &lt;%1&gt;, not &lt;xsd:schema&gt; in the namespace %2</translation>
    </message>
    <message>
        <source>xsd:%1 of &quot;%2&quot; is not supported: the designer never fetches or reads other files. Put the types this schema needs into the file itself.</source>
        <translation>xsd:%1 of &quot;%2&quot; is not supported: the designer never fetches or reads other files. Put the types this schema needs into the file itself.</translation>
    </message>
    <message>
        <source>it could not be loaded</source>
        <translation>it could not be loaded</translation>
    </message>
    <message>
        <source>The XSD cannot be used to validate: %1</source>
        <translation>The XSD cannot be used to validate: %1</translation>
    </message>
    <message>
        <source>The schema nests types and groups too deeply to convert</source>
        <translation>The schema nests types and groups too deeply to convert</translation>
    </message>
    <message>
        <source>The schema attribute %1 has an invalid value &quot;%2&quot;</source>
        <translation>The schema attribute %1 has an invalid value &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The global %1 has no name</source>
        <translation>The global %1 has no name</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is declared twice at the top of the schema (also on line %2); the JSON Schema keeps one definition per name</source>
        <translation>The name &quot;%1&quot; is declared twice at the top of the schema (also on line %2); the JSON Schema keeps one definition per name</translation>
    </message>
    <message>
        <source>%1 is not supported in a data model</source>
        <translation>%1 is not supported in a data model</translation>
    </message>
    <message>
        <source>The file is not an XML Schema: its root element is not xsd:schema</source>
        <translation>The file is not an XML Schema: its root element is not xsd:schema</translation>
    </message>
    <message>
        <source>The global element has no name</source>
        <translation>The global element has no name</translation>
    </message>
    <message>
        <source>%1 is not supported inside %2 in a data model</source>
        <translation>%1 is not supported inside %2 in a data model</translation>
    </message>
    <message>
        <source>The complex content has no extension or restriction</source>
        <translation>The complex content has no extension or restriction</translation>
    </message>
    <message>
        <source>The simple content has no extension or restriction</source>
        <translation>The simple content has no extension or restriction</translation>
    </message>
    <message>
        <source>%1 needs a ref attribute naming a declared group</source>
        <translation>%1 needs a ref attribute naming a declared group</translation>
    </message>
    <message>
        <source>minOccurs must be a whole number, not &quot;%1&quot;</source>
        <translation>minOccurs must be a whole number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>maxOccurs must be a whole number or &quot;unbounded&quot;, not &quot;%1&quot;</source>
        <translation>maxOccurs must be a whole number or &quot;unbounded&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The prefix of the element reference &quot;%1&quot; is not declared</source>
        <translation>The prefix of the element reference &quot;%1&quot; is not declared</translation>
    </message>
    <message>
        <source>The element has neither a name nor a ref</source>
        <translation>The element has neither a name nor a ref</translation>
    </message>
    <message>
        <source>The prefix of the attribute reference &quot;%1&quot; is not declared</source>
        <translation>The prefix of the attribute reference &quot;%1&quot; is not declared</translation>
    </message>
    <message>
        <source>The attribute has neither a name nor a ref</source>
        <translation>The attribute has neither a name nor a ref</translation>
    </message>
    <message>
        <source>processContents must be skip, lax or strict, not &quot;%1&quot;</source>
        <translation>processContents must be skip, lax or strict, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The built-in list type xsd:%1 is not supported in a data model</source>
        <translation>The built-in list type xsd:%1 is not supported in a data model</translation>
    </message>
    <message>
        <source>xsd:%1 is not a built-in XML Schema type</source>
        <translation>xsd:%1 is not a built-in XML Schema type</translation>
    </message>
    <message>
        <source>The prefix of the type &quot;%1&quot; is not declared</source>
        <translation>The prefix of the type &quot;%1&quot; is not declared</translation>
    </message>
    <message>
        <source>The simple type has no restriction or list</source>
        <translation>The simple type has no restriction or list</translation>
    </message>
    <message>
        <source>The restriction has neither a base type nor a simple type</source>
        <translation>The restriction has neither a base type nor a simple type</translation>
    </message>
    <message>
        <source>The list has no item type</source>
        <translation>The list has no item type</translation>
    </message>
    <message>
        <source>The facet %1 is not supported in a data model</source>
        <translation>The facet %1 is not supported in a data model</translation>
    </message>
    <message>
        <source>The facet %1 needs a whole number, not &quot;%2&quot;</source>
        <translation>The facet %1 needs a whole number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The facet %1 needs a number, not &quot;%2&quot;</source>
        <translation>The facet %1 needs a number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>An identity constraint must be a key, keyref or unique</source>
        <translation>An identity constraint must be a key, keyref or unique</translation>
    </message>
    <message>
        <source>The attribute %1 on %2 is not supported in a data model</source>
        <translation>The attribute %1 on %2 is not supported in a data model</translation>
    </message>
    <message>
        <source>An annotation inside %1 is not supported in a data model</source>
        <translation>An annotation inside %1 is not supported in a data model</translation>
    </message>
    <message>
        <source>A prohibited attribute can only be named in a data model, not described by %1</source>
        <translation>A prohibited attribute can only be named in a data model, not described by %1</translation>
    </message>
    <message>
        <source>Foreign attributes on a derivation from xsd:anyType are not supported in a data model</source>
        <translation>Foreign attributes on a derivation from xsd:anyType are not supported in a data model</translation>
    </message>
    <message>
        <source>The prefix of the substitution group &quot;%1&quot; is not declared</source>
        <translation>The prefix of the substitution group &quot;%1&quot; is not declared</translation>
    </message>
    <message>
        <source>%1 needs a selector and at least one field</source>
        <translation>%1 needs a selector and at least one field</translation>
    </message>
    <message>
        <source>Annotations on more than one %1 facet of a restriction are not supported in a data model</source>
        <translation>Annotations on more than one %1 facet of a restriction are not supported in a data model</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>a yes/no value</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>a list of values</source>
        <translation>a list of values</translation>
    </message>
    <message>
        <source>a repeating group</source>
        <translation>a repeating group</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>any field</translation>
    </message>
    <message>
        <source>This binding expects %1, but &quot;%2&quot; is %3.</source>
        <translation>This binding expects %1, but &quot;%2&quot; is %3.</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>a %1</translation>
    </message>
</context>
<context>
    <name>Designer::AddLanguageDialog</name>
    <message>
        <source>Add a language</source>
        <translation>Add a language</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Search languages</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Copy texts from</source>
        <translation>Copy texts from</translation>
    </message>
    <message>
        <source>(none: start empty)</source>
        <translation>(none: start empty)</translation>
    </message>
    <message>
        <source>&amp;Copy texts from:</source>
        <translation>&amp;Copy texts from:</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Add language</translation>
    </message>
</context>
<context>
    <name>Designer::BoolField</name>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Remove from the component (use the default)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
</context>
<context>
    <name>Designer::BooleanExpressionField</name>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>No (the default)</source>
        <translation>No (the default)</translation>
    </message>
    <message>
        <source>Yes, always</source>
        <translation>Yes, always</translation>
    </message>
    <message>
        <source>Decided by an expression when the form is filled in</source>
        <translation>Decided by an expression when the form is filled in</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The expression in the file</source>
        <translation>The expression in the file</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the expression of %1</source>
        <translation>Edit the expression of %1</translation>
    </message>
    <message>
        <source>The file has %1, which is neither yes/no nor an expression.</source>
        <translation>The file has %1, which is neither yes/no nor an expression.</translation>
    </message>
</context>
<context>
    <name>Designer::CanvasModel</name>
    <message>
        <source>(text from an expression)</source>
        <translation>(text from an expression)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed as a child, but the page has no component with this id.</source>
        <translation>Listed as a child, but the page has no component with this id.</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>Bound to %1</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>bound to %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be dropped here.</source>
        <translation>Nothing can be dropped here.</translation>
    </message>
</context>
<context>
    <name>Designer::CanvasView</name>
    <message>
        <source>Page canvas</source>
        <translation>Page canvas</translation>
    </message>
    <message>
        <source>The components of the page as cards. Drag to move; Alt+arrows move the selected component.</source>
        <translation>The components of the page as cards. Drag to move; Alt+arrows move the selected component.</translation>
    </message>
    <message>
        <source>This page is empty. Drag components here from the palette, or select one and press Enter.</source>
        <translation>This page is empty. Drag components here from the palette, or select one and press Enter.</translation>
    </message>
    <message>
        <source>Choose a page to see its components.</source>
        <translation>Choose a page to see its components.</translation>
    </message>
</context>
<context>
    <name>Designer::CardDelegate</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required if…</source>
        <translation>Required if…</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Hidden if…</source>
        <translation>Hidden if…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this page</source>
        <translation>Not on this page</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unknown type</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>not on this page</source>
        <translation>not on this page</translation>
    </message>
</context>
<context>
    <name>Designer::CodeListEditor</name>
    <message>
        <source>unused</source>
        <translation>unused</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>from the library</source>
        <translation>from the library</translation>
    </message>
    <message>
        <source>provided by code</source>
        <translation>provided by code</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Code lists</translation>
    </message>
    <message>
        <source>The code lists of the app (App/options) and the ids layouts use without a file</source>
        <translation>The code lists of the app (App/options) and the ids layouts use without a file</translation>
    </message>
    <message>
        <source>Rows of the code list</source>
        <translation>Rows of the code list</translation>
    </message>
    <message>
        <source>Places that use the code list</source>
        <translation>Places that use the code list</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Double-click a place to go there</source>
        <translation>Double-click a place to go there</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>New...</translation>
    </message>
    <message>
        <source>Add a code list (Insert)</source>
        <translation>Add a code list (Insert)</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Rename...</translation>
    </message>
    <message>
        <source>Rename the code list and every place that uses it (F2)</source>
        <translation>Rename the code list and every place that uses it (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the code list (Delete); refused while it is used</source>
        <translation>Delete the code list (Delete); refused while it is used</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Add a row after the current one (Insert)</source>
        <translation>Add a row after the current one (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Remove the current row (Delete)</source>
        <translation>Remove the current row (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move the row up (Alt+Up)</source>
        <translation>Move the row up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move the row down (Alt+Down)</source>
        <translation>Move the row down (Alt+Down)</translation>
    </message>
    <message>
        <source>No file in App/options: the app&apos;s code or the organisation&apos;s library provides this list</source>
        <translation>No file in App/options: the app&apos;s code or the organisation&apos;s library provides this list</translation>
    </message>
    <message>
        <source>Choose a code list, or add one.</source>
        <translation>Choose a code list, or add one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the code list &quot;%2&quot; of the library of %3 (version %4); the app has no file for it.</source>
        <translation>&quot;%1&quot; is the code list &quot;%2&quot; of the library of %3 (version %4); the app has no file for it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file in App/options: the app&apos;s code provides it (an options provider), so its rows cannot be edited here.</source>
        <translation>&quot;%1&quot; has no file in App/options: the app&apos;s code provides it (an options provider), so its rows cannot be edited here.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that occur more than once: %1</source>
        <translation>Values that occur more than once: %1</translation>
    </message>
    <message>
        <source>No layout uses this code list.</source>
        <translation>No layout uses this code list.</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s):</source>
        <translation>
            <numerusform>Used in %n place:</numerusform>
            <numerusform>Used in %n places:</numerusform>
        </translation>
    </message>
    <message>
        <source>New code list</source>
        <translation>New code list</translation>
    </message>
    <message>
        <source>Id of the new code list (its file name in App/options, without .json):</source>
        <translation>Id of the new code list (its file name in App/options, without .json):</translation>
    </message>
    <message>
        <source>Rename code list</source>
        <translation>Rename code list</translation>
    </message>
    <message>
        <source>New id of &quot;%1&quot; (every place that uses it follows):</source>
        <translation>New id of &quot;%1&quot; (every place that uses it follows):</translation>
    </message>
    <message>
        <source>Delete code list</source>
        <translation>Delete code list</translation>
    </message>
    <message>
        <source>Delete the code list &quot;%1&quot; (%2)? No layout uses it.</source>
        <translation>Delete the code list &quot;%1&quot; (%2)? No layout uses it.</translation>
    </message>
</context>
<context>
    <name>Designer::CodeListModel</name>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>This element is not an option object; edit it in the code view</source>
        <translation>This element is not an option object; edit it in the code view</translation>
    </message>
    <message>
        <source>The JSON type the value is written with; the form compares values as text</source>
        <translation>The JSON type the value is written with; the form compares values as text</translation>
    </message>
    <message>
        <source>Another row has the value &quot;%1&quot; too (values are compared as text): the form cannot tell them apart</source>
        <translation>Another row has the value &quot;%1&quot; too (values are compared as text): the form cannot tell them apart</translation>
    </message>
    <message>
        <source>The value is null, which Altinn Studio does not accept: give the row a value</source>
        <translation>The value is null, which Altinn Studio does not accept: give the row a value</translation>
    </message>
    <message>
        <source>Plain text: the app has no text key &quot;%1&quot;</source>
        <translation>Plain text: the app has no text key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Text key &quot;%1&quot; (no text yet)</source>
        <translation>Text key &quot;%1&quot; (no text yet)</translation>
    </message>
    <message>
        <source>Text key &quot;%1&quot;
%2: %3</source>
        <translation>Text key &quot;%1&quot;
%2: %3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>What the form stores when the option is chosen</source>
        <translation>What the form stores when the option is chosen</translation>
    </message>
    <message>
        <source>What the form shows: a text key or plain text</source>
        <translation>What the form shows: a text key or plain text</translation>
    </message>
    <message>
        <source>A text under the label (optional)</source>
        <translation>A text under the label (optional)</translation>
    </message>
    <message>
        <source>A help text for the option (optional)</source>
        <translation>A help text for the option (optional)</translation>
    </message>
</context>
<context>
    <name>Designer::CodeView</name>
    <message>
        <source>Source code</source>
        <translation>Source code</translation>
    </message>
</context>
<context>
    <name>Designer::CodeViewPanel</name>
    <message>
        <source>Source view message</source>
        <translation>Source view message</translation>
    </message>
    <message>
        <source>Select a file or a component to see its source.</source>
        <translation>Select a file or a component to see its source.</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Edit this file in your own editor; the view follows the changes.</source>
        <translation>Edit this file in your own editor; the view follows the changes.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation>Find in file</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Find text</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Find the previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Find the next match (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Find result</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Continued from the end</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Continued from the top</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>Designer::ComponentPalette</name>
    <message>
        <source>Search components</source>
        <translation>Search components</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Component palette</translation>
    </message>
    <message>
        <source>Drag a component onto the page, or press Enter to add it after the selected component.</source>
        <translation>Drag a component onto the page, or press Enter to add it after the selected component.</translation>
    </message>
</context>
<context>
    <name>Designer::CoverageView</name>
    <message>
        <source>Coverage per language</source>
        <translation>Coverage per language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Untranslated</translation>
    </message>
    <message>
        <source>Gaps per page</source>
        <translation>Gaps per page</translation>
    </message>
    <message>
        <source>Page / key</source>
        <translation>Page / key</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>Missing in</translation>
    </message>
    <message>
        <source>Empty in</source>
        <translation>Empty in</translation>
    </message>
    <message>
        <source>Click to select the key in the table</source>
        <translation>Click to select the key in the table</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1, the source language. Click a key to select it in the table.</source>
        <translation>Compared with %1, the source language. Click a key to select it in the table.</translation>
    </message>
    <message>
        <source>Untranslated (same as the source)</source>
        <translation>Untranslated (same as the source)</translation>
    </message>
    <message numerus="yes">
        <source>Not used anywhere: %n key(s)</source>
        <translation>
            <numerusform>Not used anywhere: %n key</numerusform>
            <numerusform>Not used anywhere: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) with a gap</source>
        <translation>
            <numerusform>%1: %n key with a gap</numerusform>
            <numerusform>%1: %n keys with a gap</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page has its texts in every language.</source>
        <translation>Every page has its texts in every language.</translation>
    </message>
</context>
<context>
    <name>Designer::DataBindingField</name>
    <message>
        <source>%1: data type</source>
        <translation>%1: data type</translation>
    </message>
    <message>
        <source>The data model the field belongs to</source>
        <translation>The data model the field belongs to</translation>
    </message>
    <message>
        <source>%1: data model field</source>
        <translation>%1: data model field</translation>
    </message>
    <message>
        <source>Expects %1. Type to search the data model, or pick from the tree.</source>
        <translation>Expects %1. Type to search the data model, or pick from the tree.</translation>
    </message>
    <message>
        <source>Pick a field from the data model</source>
        <translation>Pick a field from the data model</translation>
    </message>
    <message>
        <source>%1: pick a field</source>
        <translation>%1: pick a field</translation>
    </message>
    <message>
        <source>Remove this binding</source>
        <translation>Remove this binding</translation>
    </message>
    <message>
        <source>%1 (no data model)</source>
        <translation>%1 (no data model)</translation>
    </message>
    <message>
        <source>Unbound: the layout set has no data model yet; the path is kept as written.</source>
        <translation>Unbound: the layout set has no data model yet; the path is kept as written.</translation>
    </message>
    <message>
        <source>Unbound: the data type &quot;%1&quot; has no data model in the app; the path is kept as written.</source>
        <translation>Unbound: the data type &quot;%1&quot; has no data model in the app; the path is kept as written.</translation>
    </message>
    <message>
        <source>Required: choose a field (%1).</source>
        <translation>Required: choose a field (%1).</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the data model &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not a field of the data model &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Designer::DataModelEditor</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a field in use</source>
        <translation>Delete a field in use</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used in %n place(s) of the app&apos;s forms:</source>
        <translation>
            <numerusform>%1 is used in %n place of the app&apos;s forms:</numerusform>
            <numerusform>%1 is used in %n places of the app&apos;s forms:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? These bindings will point at nothing.</source>
        <translation>Delete it anyway? These bindings will point at nothing.</translation>
    </message>
    <message>
        <source>Update the bindings?</source>
        <translation>Update the bindings?</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) or expression(s) in the app&apos;s forms use %1. Update them to %2 as well?</source>
        <translation>
            <numerusform>%n binding or expression in the app&apos;s forms uses %1. Update it to %2 as well?</numerusform>
            <numerusform>%n bindings or expressions in the app&apos;s forms use %1. Update them to %2 as well?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2 and update its bindings</source>
        <translation>Rename %1 to %2 and update its bindings</translation>
    </message>
    <message>
        <source>Make a reusable type</source>
        <translation>Make a reusable type</translation>
    </message>
    <message>
        <source>Name of the new type:</source>
        <translation>Name of the new type:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Import an XSD</source>
        <translation>Import an XSD</translation>
    </message>
    <message>
        <source>XML Schemas (*.xsd)</source>
        <translation>XML Schemas (*.xsd)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Name of the data model (also its data type):</source>
        <translation>Name of the data model (also its data type):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Use the model in this layout set, which has no data model yet:</source>
        <translation>Use the model in this layout set, which has no data model yet:</translation>
    </message>
    <message>
        <source>New data model</source>
        <translation>New data model</translation>
    </message>
    <message>
        <source>Name of the new model (letters, digits and _):</source>
        <translation>Name of the new model (letters, digits and _):</translation>
    </message>
    <message>
        <source>Cannot make the model</source>
        <translation>Cannot make the model</translation>
    </message>
    <message>
        <source>Data model:</source>
        <translation>Data model:</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Data model</translation>
    </message>
    <message>
        <source>Import XSD...</source>
        <translation>Import XSD...</translation>
    </message>
    <message>
        <source>New model...</source>
        <translation>New model...</translation>
    </message>
    <message>
        <source>Find a field (Enter for the next)</source>
        <translation>Find a field (Enter for the next)</translation>
    </message>
    <message>
        <source>Find a field</source>
        <translation>Find a field</translation>
    </message>
    <message>
        <source>Fields of the data model</source>
        <translation>Fields of the data model</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Make type...</source>
        <translation>Make type...</translation>
    </message>
    <message>
        <source>Inline type</source>
        <translation>Inline type</translation>
    </message>
    <message>
        <source>Types of the data model</source>
        <translation>Types of the data model</translation>
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
        <translation>This app has no data model yet. Import an XSD (for example one from SERES) or make a new model.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 (type)</source>
        <translation>%1 (type)</translation>
    </message>
    <message>
        <source>(not generated yet)</source>
        <translation>(not generated yet)</translation>
    </message>
</context>
<context>
    <name>Designer::EditCommand</name>
    <message>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>Could not apply &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>Could not undo &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Designer::EditableCodeView</name>
    <message>
        <source>Source code (editable)</source>
        <translation>Source code (editable)</translation>
    </message>
</context>
<context>
    <name>Designer::EnumField</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (not in the list)</translation>
    </message>
</context>
<context>
    <name>Designer::ExportDialog</name>
    <message>
        <source>&amp;XLIFF 2.0, for a translator: one source and one target language</source>
        <translation>&amp;XLIFF 2.0, for a translator: one source and one target language</translation>
    </message>
    <message>
        <source>&amp;CSV, for a spreadsheet: a column per language</source>
        <translation>&amp;CSV, for a spreadsheet: a column per language</translation>
    </message>
    <message>
        <source>Only the languages shown in the table</source>
        <translation>Only the languages shown in the table</translation>
    </message>
    <message>
        <source>Export texts</source>
        <translation>Export texts</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Source language</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Target language</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <source>The source and the target are the same language.</source>
        <translation>The source and the target are the same language.</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionBuilder</name>
    <message>
        <source>A condition</source>
        <translation>A condition</translation>
    </message>
    <message>
        <source>If … then … otherwise</source>
        <translation>If … then … otherwise</translation>
    </message>
    <message>
        <source>Shape of the expression</source>
        <translation>Shape of the expression</translation>
    </message>
    <message>
        <source>The expression is</source>
        <translation>The expression is</translation>
    </message>
    <message>
        <source>Compare two values</source>
        <translation>Compare two values</translation>
    </message>
    <message>
        <source>All of these are true (and)</source>
        <translation>All of these are true (and)</translation>
    </message>
    <message>
        <source>Any of these is true (or)</source>
        <translation>Any of these is true (or)</translation>
    </message>
    <message>
        <source>This is not true (not)</source>
        <translation>This is not true (not)</translation>
    </message>
    <message>
        <source>A yes/no value</source>
        <translation>A yes/no value</translation>
    </message>
    <message>
        <source>Kind of condition</source>
        <translation>Kind of condition</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Remove condition %1</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>If</source>
        <translation>If</translation>
    </message>
    <message>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Otherwise</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>another if</source>
        <translation>another if</translation>
    </message>
    <message>
        <source>Choose the component whose value is used.</source>
        <translation>Choose the component whose value is used.</translation>
    </message>
    <message>
        <source>Choose the data model field whose value is used.</source>
        <translation>Choose the data model field whose value is used.</translation>
    </message>
    <message>
        <source>This is not a number (write it as 12 or 1.5).</source>
        <translation>This is not a number (write it as 12 or 1.5).</translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation>is equal to</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>is not equal to</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>is greater than</translation>
    </message>
    <message>
        <source>is greater than or equal to</source>
        <translation>is greater than or equal to</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>is less than</translation>
    </message>
    <message>
        <source>is less than or equal to</source>
        <translation>is less than or equal to</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>does not contain</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>ends with</translation>
    </message>
    <message>
        <source>has in its comma list</source>
        <translation>has in its comma list</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Kind of value</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Nothing (null)</source>
        <translation>Nothing (null)</translation>
    </message>
    <message>
        <source>Component value</source>
        <translation>Component value</translation>
    </message>
    <message>
        <source>Data model field</source>
        <translation>Data model field</translation>
    </message>
    <message>
        <source>Instance information</source>
        <translation>Instance information</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <source>yes (true)</source>
        <translation>yes (true)</translation>
    </message>
    <message>
        <source>no (false)</source>
        <translation>no (false)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>component id</translation>
    </message>
    <message>
        <source>field path</source>
        <translation>field path</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Component id</translation>
    </message>
    <message>
        <source>In the data model of the data type &quot;%1&quot;</source>
        <translation>In the data model of the data type &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionDialog</name>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Correct the problems first</source>
        <translation>Correct the problems first</translation>
    </message>
</context>
<context>
    <name>Designer::ExpressionEditor</name>
    <message>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Editing mode</source>
        <translation>Editing mode</translation>
    </message>
    <message>
        <source>Expression as JSON</source>
        <translation>Expression as JSON</translation>
    </message>
    <message>
        <source>Problems in the expression</source>
        <translation>Problems in the expression</translation>
    </message>
    <message>
        <source>Result with the preview&apos;s test data: not available yet (it comes with the live preview).</source>
        <translation>Result with the preview&apos;s test data: not available yet (it comes with the live preview).</translation>
    </message>
    <message>
        <source>The visual builder cannot show this expression, so it is shown as JSON.</source>
        <translation>The visual builder cannot show this expression, so it is shown as JSON.</translation>
    </message>
    <message>
        <source>Correct the JSON first: %1</source>
        <translation>Correct the JSON first: %1</translation>
    </message>
    <message>
        <source>The visual builder cannot show this expression; keep editing it as JSON.</source>
        <translation>The visual builder cannot show this expression; keep editing it as JSON.</translation>
    </message>
    <message>
        <source>An expression is a list that starts with the name of a function, like [&quot;equals&quot;, …].</source>
        <translation>An expression is a list that starts with the name of a function, like [&quot;equals&quot;, …].</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (at %2)</translation>
    </message>
</context>
<context>
    <name>Designer::FieldInfo</name>
    <message>
        <source>texts</source>
        <translation>texts</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>whole numbers</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>yes/no values</source>
        <translation>yes/no values</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>values</source>
        <translation>values</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>list of %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>repeating group</source>
        <translation>repeating group</translation>
    </message>
</context>
<context>
    <name>Designer::FieldPalette</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Data model fields</source>
        <translation>Data model fields</translation>
    </message>
    <message>
        <source>Drag a field onto the page to add a component bound to it, or press Enter to add it after the selected component.</source>
        <translation>Drag a field onto the page to add a component bound to it, or press Enter to add it after the selected component.</translation>
    </message>
    <message>
        <source>This layout set has no data model. Components are added unbound; bind them later, once the model exists.</source>
        <translation>This layout set has no data model. Components are added unbound; bind them later, once the model exists.</translation>
    </message>
    <message>
        <source>The data model %1 cannot be read: %2</source>
        <translation>The data model %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Drag a field onto the page to add a component bound to it.</source>
        <translation>Drag a field onto the page to add a component bound to it.</translation>
    </message>
</context>
<context>
    <name>Designer::FieldPicker</name>
    <message>
        <source>Filter fields</source>
        <translation>Filter fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Data model fields</source>
        <translation>Data model fields</translation>
    </message>
</context>
<context>
    <name>Designer::FilesPanel</name>
    <message>
        <source>Files of the app</source>
        <translation>Files of the app</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <source>Changed by another program while you had unsaved changes</source>
        <translation>Changed by another program while you had unsaved changes</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (unsaved changes)</translation>
    </message>
</context>
<context>
    <name>Designer::FormEditor</name>
    <message>
        <source>Layout set</source>
        <translation>Layout set</translation>
    </message>
    <message>
        <source> (subform)</source>
        <translation> (subform)</translation>
    </message>
    <message>
        <source> (task %1)</source>
        <translation> (task %1)</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>Rename component</translation>
    </message>
    <message>
        <source>New id for %1 (references in the layout set are updated):</source>
        <translation>New id for %1 (references in the layout set are updated):</translation>
    </message>
    <message>
        <source>&amp;Layout set:</source>
        <translation>&amp;Layout set:</translation>
    </message>
    <message>
        <source>The layout set (process task or subform) whose pages are shown</source>
        <translation>The layout set (process task or subform) whose pages are shown</translation>
    </message>
    <message>
        <source>&amp;Texts in:</source>
        <translation>&amp;Texts in:</translation>
    </message>
    <message>
        <source>Language of the texts on the canvas</source>
        <translation>Language of the texts on the canvas</translation>
    </message>
    <message>
        <source>The language the cards show their texts in</source>
        <translation>The language the cards show their texts in</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n component(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n component&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%n components&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already the first here; Alt+Left moves it out of its container.</source>
        <translation>%1 is already the first here; Alt+Left moves it out of its container.</translation>
    </message>
    <message>
        <source>%1 is already the last here.</source>
        <translation>%1 is already the last here.</translation>
    </message>
    <message>
        <source>There is no container right above %1 to move it into.</source>
        <translation>There is no container right above %1 to move it into.</translation>
    </message>
    <message>
        <source>%1 is not in a container.</source>
        <translation>%1 is not in a container.</translation>
    </message>
    <message>
        <source>This is the first page.</source>
        <translation>This is the first page.</translation>
    </message>
    <message>
        <source>This is the last page.</source>
        <translation>This is the last page.</translation>
    </message>
    <message>
        <source>Moved %1 to the end of the page %2.</source>
        <translation>Moved %1 to the end of the page %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 with %n text(s).</source>
        <translation>
            <numerusform>Copied %1 with %n text.</numerusform>
            <numerusform>Copied %1 with %n texts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copied %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no components.</source>
        <translation>The clipboard holds no components.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n component(s).</source>
        <translation>
            <numerusform>Pasted %n component.</numerusform>
            <numerusform>Pasted %n components.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated %1 as %2.</source>
        <translation>Duplicated %1 as %2.</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on this page.</source>
        <translation>There is no component &quot;%1&quot; on this page.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Add %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 %2 with %n component(s)</source>
        <translation>
            <numerusform>Add %1 %2 with %n component</numerusform>
            <numerusform>Add %1 %2 with %n components</numerusform>
        </translation>
    </message>
    <message>
        <source>The data model %1 cannot be read.</source>
        <translation>The data model %1 cannot be read.</translation>
    </message>
    <message>
        <source>Nothing to add for %1.</source>
        <translation>Nothing to add for %1.</translation>
    </message>
    <message>
        <source>Add %1 bound to %2</source>
        <translation>Add %1 bound to %2</translation>
    </message>
    <message>
        <source>Choose a page first.</source>
        <translation>Choose a page first.</translation>
    </message>
    <message>
        <source>This page cannot be read, so it cannot be changed here; fix the file first.</source>
        <translation>This page cannot be read, so it cannot be changed here; fix the file first.</translation>
    </message>
    <message>
        <source>The component %1 is no longer there.</source>
        <translation>The component %1 is no longer there.</translation>
    </message>
    <message>
        <source>%1 cannot be placed inside itself.</source>
        <translation>%1 cannot be placed inside itself.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Nothing to paste.</translation>
    </message>
    <message>
        <source>Only components and data-model fields can be dropped here.</source>
        <translation>Only components and data-model fields can be dropped here.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
    <message>
        <source>%1 is now a %2; these no longer apply and were removed: %3</source>
        <translation>%1 is now a %2; these no longer apply and were removed: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Data model</translation>
    </message>
    <message>
        <source>Components to drag onto the page</source>
        <translation>Components to drag onto the page</translation>
    </message>
    <message>
        <source>Fields of the data model: drag one onto the page to add a bound component</source>
        <translation>Fields of the data model: drag one onto the page to add a bound component</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Change type</translation>
    </message>
    <message>
        <source>Change the selected component to another type, keeping the properties that still apply</source>
        <translation>Change the selected component to another type, keeping the properties that still apply</translation>
    </message>
    <message>
        <source>Form editor messages</source>
        <translation>Form editor messages</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Cut the component to the clipboard</source>
        <translation>Cut the component to the clipboard</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the component with its texts and code lists</source>
        <translation>Copy the component with its texts and code lists</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste into the selected container, or after the selected component</source>
        <translation>Paste into the selected container, or after the selected component</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Copy the component right after itself, with new ids</source>
        <translation>Copy the component right after itself, with new ids</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the component and what it contains</source>
        <translation>Delete the component and what it contains</translation>
    </message>
    <message>
        <source>&amp;Rename id...</source>
        <translation>&amp;Rename id...</translation>
    </message>
    <message>
        <source>Change the id; every reference is updated</source>
        <translation>Change the id; every reference is updated</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the component up among its siblings</source>
        <translation>Move the component up among its siblings</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the component down among its siblings</source>
        <translation>Move the component down among its siblings</translation>
    </message>
    <message>
        <source>Move &amp;into the container above</source>
        <translation>Move &amp;into the container above</translation>
    </message>
    <message>
        <source>Move the component into the container right above it</source>
        <translation>Move the component into the container right above it</translation>
    </message>
    <message>
        <source>Move &amp;out of the container</source>
        <translation>Move &amp;out of the container</translation>
    </message>
    <message>
        <source>Move the component out of its container</source>
        <translation>Move the component out of its container</translation>
    </message>
    <message>
        <source>Move to the &amp;previous page</source>
        <translation>Move to the &amp;previous page</translation>
    </message>
    <message>
        <source>Move the component to the end of the previous page</source>
        <translation>Move the component to the end of the previous page</translation>
    </message>
    <message>
        <source>Move to the &amp;next page</source>
        <translation>Move to the &amp;next page</translation>
    </message>
    <message>
        <source>Move the component to the end of the next page</source>
        <translation>Move the component to the end of the next page</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the page&apos;s JSON beside the canvas</source>
        <translation>Show the page&apos;s JSON beside the canvas</translation>
    </message>
    <message>
        <source>(no other type fits here)</source>
        <translation>(no other type fits here)</translation>
    </message>
    <message>
        <source>C&amp;hange type</source>
        <translation>C&amp;hange type</translation>
    </message>
    <message>
        <source>Move to p&amp;age</source>
        <translation>Move to p&amp;age</translation>
    </message>
</context>
<context>
    <name>Designer::GridField</name>
    <message>
        <source>Columns at size %1</source>
        <translation>Columns at size %1</translation>
    </message>
    <message>
        <source>Columns out of 12 at screen size %1</source>
        <translation>Columns out of 12 at screen size %1</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Also set in the JSON (kept as it is): %1</source>
        <translation>Also set in the JSON (kept as it is): %1</translation>
    </message>
</context>
<context>
    <name>Designer::ImportPreviewDialog</name>
    <message>
        <source>Import texts from %1</source>
        <translation>Import texts from %1</translation>
    </message>
    <message>
        <source>New languages that will be added: %1</source>
        <translation>New languages that will be added: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in the file are the same as in the app.</source>
        <translation>
            <numerusform>%n text in the file is the same as in the app.</numerusform>
            <numerusform>%n texts in the file are the same as in the app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>After the import</translation>
    </message>
    <message>
        <source>(missing: added)</source>
        <translation>(missing: added)</translation>
    </message>
    <message>
        <source>Unknown keys</source>
        <translation>Unknown keys</translation>
    </message>
    <message>
        <source>Keys in the file that the app does not have (not imported)</source>
        <translation>Keys in the file that the app does not have (not imported)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n change(s)</source>
        <translation>
            <numerusform>Import %n change</numerusform>
            <numerusform>Import %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Designer::IntegerField</name>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Remove from the component (use the default)</translation>
    </message>
</context>
<context>
    <name>Designer::JsonField</name>
    <message>
        <source>Remove this property from the component</source>
        <translation>Remove this property from the component</translation>
    </message>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Remove from the component (use the default)</translation>
    </message>
    <message>
        <source>JSON. Ctrl+Enter or leaving the field applies it; Escape puts back what the file has.</source>
        <translation>JSON. Ctrl+Enter or leaving the field applies it; Escape puts back what the file has.</translation>
    </message>
</context>
<context>
    <name>Designer::MainWindow</name>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Data model</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Access rules</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Version control</source>
        <translation>Version control</translation>
    </message>
    <message>
        <source>Draw the process: fill in, confirm, sign and pay, with the settings of each Altinn task.</source>
        <translation>Draw the process: fill in, confirm, sign and pay, with the settings of each Altinn task.</translation>
    </message>
    <message>
        <source>Decide who may read, write, sign and pay in each task of the process.</source>
        <translation>Decide who may read, write, sign and pay in each task of the process.</translation>
    </message>
    <message>
        <source>The app&apos;s name, who may use it, its data types, and its deployment values.</source>
        <translation>The app&apos;s name, who may use it, its data types, and its deployment values.</translation>
    </message>
    <message>
        <source>Share your changes with Altinn Studio and fetch the changes of others, offline first.</source>
        <translation>Share your changes with Altinn Studio and fetch the changes of others, offline first.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the file you are working on</source>
        <translation>Save the file you are working on</translation>
    </message>
    <message>
        <source>Save &amp;All</source>
        <translation>Save &amp;All</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Close App</source>
        <translation>&amp;Close App</translation>
    </message>
    <message>
        <source>Go to &amp;Next Problem</source>
        <translation>Go to &amp;Next Problem</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New App...</source>
        <translation>&amp;New App...</translation>
    </message>
    <message>
        <source>&amp;Open App Folder...</source>
        <translation>&amp;Open App Folder...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Altinn Designer</source>
        <translation>&amp;About Altinn Designer</translation>
    </message>
    <message>
        <source>Select a file or a component to see its source.</source>
        <translation>Select a file or a component to see its source.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Cannot open the app</source>
        <translation>Cannot open the app</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are shown read-only; see Problems.</source>
        <translation>
            <numerusform>%n file could not be read and is shown read-only; see Problems.</numerusform>
            <numerusform>%n files could not be read and are shown read-only; see Problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the sample app</source>
        <translation>Cannot open the sample app</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 have unsaved changes. Save them before closing?</source>
        <translation>
            <numerusform>%n file of %1 has unsaved changes. Save it before closing?</numerusform>
            <numerusform>%n files of %1 have unsaved changes. Save them before closing?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything was saved</source>
        <translation>Not everything was saved</translation>
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
        <translation>layout sets</translation>
    </message>
    <message>
        <source>UI folders</source>
        <translation>UI folders</translation>
    </message>
    <message>
        <source>single layout set</source>
        <translation>single layout set</translation>
    </message>
    <message>
        <source>Altinn %1, %2</source>
        <translation>Altinn %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you had unsaved changes in it.</source>
        <translation>%1 was changed by another program while you had unsaved changes in it.</translation>
    </message>
    <message>
        <source>Which version do you want to keep?</source>
        <translation>Which version do you want to keep?</translation>
    </message>
    <message>
        <source>The file was deleted. Keep your version (it is written again when you save)?</source>
        <translation>The file was deleted. Keep your version (it is written again when you save)?</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Use the version on disk</source>
        <translation>Use the version on disk</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Cannot create the app</source>
        <translation>Cannot create the app</translation>
    </message>
    <message>
        <source>Open an app folder (the one that holds App/)</source>
        <translation>Open an app folder (the one that holds App/)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>Saved %n file</numerusform>
            <numerusform>Saved %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About Altinn Designer</source>
        <translation>About Altinn Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Altinn Designer %1&lt;/b&gt;&lt;p&gt;An offline desktop designer for Altinn 3 apps. It reads and writes the app repositories of Altinn Studio without changing what it does not edit.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Altinn Designer %1&lt;/b&gt;&lt;p&gt;An offline desktop designer for Altinn 3 apps. It reads and writes the app repositories of Altinn Studio without changing what it does not edit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple App</source>
        <translation>Open the Sa&amp;mple App</translation>
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
        <translation>Ctrl+N  new app
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
Ctrl+F  find, F3 / Shift+F3  next / previous</translation>
    </message>
</context>
<context>
    <name>Designer::NewAppDialog</name>
    <message>
        <source>Use the v8 app format (layout-sets.json) instead of the current one</source>
        <translation>Use the v8 app format (layout-sets.json) instead of the current one</translation>
    </message>
    <message>
        <source>Create a new app</source>
        <translation>Create a new app</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;App name:</source>
        <translation>&amp;App name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Where to create the app</source>
        <translation>Where to create the app</translation>
    </message>
    <message>
        <source>Enter the organisation code and the app name.</source>
        <translation>Enter the organisation code and the app name.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 already exists and is not empty.</translation>
    </message>
    <message>
        <source>The app will be created in %1.</source>
        <translation>The app will be created in %1.</translation>
    </message>
</context>
<context>
    <name>Designer::NodeInspector</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Whole number (int)</source>
        <translation>Whole number (int)</translation>
    </message>
    <message>
        <source>Whole number (long)</source>
        <translation>Whole number (long)</translation>
    </message>
    <message>
        <source>Whole number (integer)</source>
        <translation>Whole number (integer)</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Decimal number</translation>
    </message>
    <message>
        <source>Yes/no (boolean)</source>
        <translation>Yes/no (boolean)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Year (gYear)</source>
        <translation>Year (gYear)</translation>
    </message>
    <message>
        <source>Year and month (gYearMonth)</source>
        <translation>Year and month (gYearMonth)</translation>
    </message>
    <message>
        <source>Web address (anyURI)</source>
        <translation>Web address (anyURI)</translation>
    </message>
    <message>
        <source>Repeats (a list)</source>
        <translation>Repeats (a list)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>May be nil (xsi:nil)</source>
        <translation>May be nil (xsi:nil)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>At least:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>At most:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Minimum length:</source>
        <translation>Minimum length:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Maximum length:</translation>
    </message>
    <message>
        <source>Pattern (regular expression):</source>
        <translation>Pattern (regular expression):</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated):</source>
        <translation>Allowed values (comma-separated):</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Greater than:</source>
        <translation>Greater than:</translation>
    </message>
    <message>
        <source>Less than:</source>
        <translation>Less than:</translation>
    </message>
    <message>
        <source>Total digits:</source>
        <translation>Total digits:</translation>
    </message>
    <message>
        <source>Multiple of (decimals):</source>
        <translation>Multiple of (decimals):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Group of fields</source>
        <translation>Group of fields</translation>
    </message>
    <message>
        <source>Select a field to see and change it.</source>
        <translation>Select a field to see and change it.</translation>
    </message>
    <message>
        <source>Binding path: %1</source>
        <translation>Binding path: %1</translation>
    </message>
</context>
<context>
    <name>Designer::OptionsField</name>
    <message>
        <source>Where the options come from</source>
        <translation>Where the options come from</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>No options</translation>
    </message>
    <message>
        <source>A code list</source>
        <translation>A code list</translation>
    </message>
    <message>
        <source>Listed here</source>
        <translation>Listed here</translation>
    </message>
    <message>
        <source>Rows of the data model</source>
        <translation>Rows of the data model</translation>
    </message>
    <message>
        <source>Code list id</source>
        <translation>Code list id</translation>
    </message>
    <message>
        <source>A file in App/options, or the id of a code list the app makes in code</source>
        <translation>A file in App/options, or the id of a code list the app makes in code</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Code list</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Label (text key)</source>
        <translation>Label (text key)</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Label text</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>The repeating group in the data model whose rows become options</source>
        <translation>The repeating group in the data model whose rows become options</translation>
    </message>
    <message>
        <source>The text key of each option&apos;s label (may use variables of the row)</source>
        <translation>The text key of each option&apos;s label (may use variables of the row)</translation>
    </message>
    <message>
        <source>The field of the row that is the option&apos;s value, e.g. group[{0}].id</source>
        <translation>The field of the row that is the option&apos;s value, e.g. group[{0}].id</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Change where the options of %1 come from</source>
        <translation>Change where the options of %1 come from</translation>
    </message>
</context>
<context>
    <name>Designer::PageJsonPane</name>
    <message>
        <source>Use the page&apos;s version</source>
        <translation>Use the page&apos;s version</translation>
    </message>
    <message>
        <source>JSON of the page</source>
        <translation>JSON of the page</translation>
    </message>
    <message>
        <source>The page file. Changes are applied when the text parses.</source>
        <translation>The page file. Changes are applied when the text parses.</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON error</translation>
    </message>
    <message>
        <source>Throw away the text typed here and show the page as it is now</source>
        <translation>Throw away the text typed here and show the page as it is now</translation>
    </message>
    <message>
        <source>This file cannot be read (%1). Fix it in another program; it is kept exactly as it is.</source>
        <translation>This file cannot be read (%1). Fix it in another program; it is kept exactly as it is.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>Edit the JSON of %1</source>
        <translation>Edit the JSON of %1</translation>
    </message>
    <message>
        <source>The page was changed elsewhere meanwhile. Once the text parses it replaces the page, or use the page&apos;s version.</source>
        <translation>The page was changed elsewhere meanwhile. Once the text parses it replaces the page, or use the page&apos;s version.</translation>
    </message>
    <message>
        <source>The canvas shows the last version that parsed; your text is kept.</source>
        <translation>The canvas shows the last version that parsed; your text is kept.</translation>
    </message>
</context>
<context>
    <name>Designer::PageList</name>
    <message>
        <source>Add page</source>
        <translation>Add page</translation>
    </message>
    <message>
        <source>Name of the new page:</source>
        <translation>Name of the new page:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Rename page</translation>
    </message>
    <message>
        <source>New name for %1 (links, summaries and the page order are updated):</source>
        <translation>New name for %1 (links, summaries and the page order are updated):</translation>
    </message>
    <message>
        <source>Duplicate page</source>
        <translation>Duplicate page</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>Name of the copy of %1:</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Delete page</translation>
    </message>
    <message numerus="yes">
        <source>Delete the page %1 with its %n component(s)?</source>
        <translation>
            <numerusform>Delete the page %1 with its %n component?</numerusform>
            <numerusform>Delete the page %1 with its %n components?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to it. You can undo this.</source>
        <translation>Nothing else refers to it. You can undo this.</translation>
    </message>
    <message>
        <source>These refer to it; references to the page and its components are removed, expressions are left as they are:
%1</source>
        <translation>These refer to it; references to the page and its components are removed, expressions are left as they are:
%1</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The pages of the layout set in order. Drag to reorder; drop a component on a page to move it there.</source>
        <translation>The pages of the layout set in order. Drag to reorder; drop a component on a page to move it there.</translation>
    </message>
    <message>
        <source>Add a page after the selected one</source>
        <translation>Add a page after the selected one</translation>
    </message>
    <message>
        <source>Rename the page; references to it are updated</source>
        <translation>Rename the page; references to it are updated</translation>
    </message>
    <message>
        <source>Copy the page with new component ids</source>
        <translation>Copy the page with new component ids</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Delete the page</translation>
    </message>
    <message>
        <source>Move page up</source>
        <translation>Move page up</translation>
    </message>
    <message>
        <source>Move the page earlier in the order</source>
        <translation>Move the page earlier in the order</translation>
    </message>
    <message>
        <source>Move page down</source>
        <translation>Move page down</translation>
    </message>
    <message>
        <source>Move the page later in the order</source>
        <translation>Move the page later in the order</translation>
    </message>
    <message>
        <source>%1 (no such page file)</source>
        <translation>%1 (no such page file)</translation>
    </message>
    <message>
        <source>This page cannot be read: %1</source>
        <translation>This page cannot be read: %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source> (not in the page order)</source>
        <translation> (not in the page order)</translation>
    </message>
</context>
<context>
    <name>Designer::PlaceholderEditor</name>
    <message>
        <source>This editor is not part of this version of Altinn Designer yet. Until it is, you can read its files here and change them in another program: the designer notices the changes and reloads them.</source>
        <translation>This editor is not part of this version of Altinn Designer yet. Until it is, you can read its files here and change them in another program: the designer notices the changes and reloads them.</translation>
    </message>
    <message>
        <source>Its files in this app (select one to see its source):</source>
        <translation>Its files in this app (select one to see its source):</translation>
    </message>
    <message>
        <source>Files of this editor</source>
        <translation>Files of this editor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Designer::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>Designer::ProblemsPanel</name>
    <message>
        <source>Show errors</source>
        <translation>Show errors</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Show warnings</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Designer::PropertyPanel</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
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
        <translation>English</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(default: %1)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Select a component to see its properties.</source>
        <translation>Select a component to see its properties.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; is no longer on this page.</source>
        <translation>The component &quot;%1&quot; is no longer on this page.</translation>
    </message>
    <message>
        <source>The page %1 is not open.</source>
        <translation>The page %1 is not open.</translation>
    </message>
    <message>
        <source>Expression for %1 of %2</source>
        <translation>Expression for %1 of %2</translation>
    </message>
    <message>
        <source>The catalog does not know the type &quot;%1&quot;: its properties are shown as JSON and kept as they are.</source>
        <translation>The catalog does not know the type &quot;%1&quot;: its properties are shown as JSON and kept as they are.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Component id</translation>
    </message>
    <message>
        <source>Unique in the layout set. Letters, digits and dashes; renaming updates every reference to it.</source>
        <translation>Unique in the layout set. Letters, digits and dashes; renaming updates every reference to it.</translation>
    </message>
    <message>
        <source>Id error</source>
        <translation>Id error</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Show fewer texts</source>
        <translation>Show fewer texts</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more text(s)</source>
        <translation>
            <numerusform>Show %n more text</numerusform>
            <numerusform>Show %n more texts</numerusform>
        </translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Data model</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Other properties (JSON)</source>
        <translation>Other properties (JSON)</translation>
    </message>
    <message>
        <source>Properties (JSON)</source>
        <translation>Properties (JSON)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Name of the new property</source>
        <translation>Name of the new property</translation>
    </message>
    <message>
        <source>value (JSON, or plain text)</source>
        <translation>value (JSON, or plain text)</translation>
    </message>
    <message>
        <source>Value of the new property</source>
        <translation>Value of the new property</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The component already has &quot;%1&quot;.</source>
        <translation>The component already has &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Designer::SchemaTreeModel</name>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
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
        <translation>%1 was changed by another program and has been reloaded.</translation>
    </message>
    <message>
        <source>%1 was removed by another program.</source>
        <translation>%1 was removed by another program.</translation>
    </message>
    <message>
        <source>The undo history was cleared.</source>
        <translation>The undo history was cleared.</translation>
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
        <translation>Build Altinn 3 apps on your own computer, with or without a connection. The designer reads and writes the app&apos;s own files, the same ones Altinn Studio uses.</translation>
    </message>
    <message>
        <source>Open an app folder...</source>
        <translation>Open an app folder...</translation>
    </message>
    <message>
        <source>Create a new app...</source>
        <translation>Create a new app...</translation>
    </message>
    <message>
        <source>Open the sample app</source>
        <translation>Open the sample app</translation>
    </message>
    <message>
        <source>An app repository you already have on disk, for example one cloned from Altinn Studio. Choose the folder that holds App/.</source>
        <translation>An app repository you already have on disk, for example one cloned from Altinn Studio. Choose the folder that holds App/.</translation>
    </message>
    <message>
        <source>A complete new app with one page, texts in Bokmål, Nynorsk and English, a process and access rules, ready to change.</source>
        <translation>A complete new app with one page, texts in Bokmål, Nynorsk and English, a process and access rules, ready to change.</translation>
    </message>
    <message>
        <source>&quot;Søknad om arrangementstillatelse&quot;: a small service with several pages, a repeating group, code lists and expressions, to look around in. It is copied to your documents folder, so changes do not matter.</source>
        <translation>&quot;Søknad om arrangementstillatelse&quot;: a small service with several pages, a repeating group, code lists and expressions, to look around in. It is copied to your documents folder, so changes do not matter.</translation>
    </message>
    <message>
        <source>Recent apps</source>
        <translation>Recent apps</translation>
    </message>
    <message>
        <source>No apps opened yet.</source>
        <translation>No apps opened yet.</translation>
    </message>
</context>
<context>
    <name>Designer::TextBindingField</name>
    <message>
        <source>Compute this text with an expression</source>
        <translation>Compute this text with an expression</translation>
    </message>
    <message>
        <source>Expression for the text %1</source>
        <translation>Expression for the text %1</translation>
    </message>
    <message>
        <source>Remove this text from the component</source>
        <translation>Remove this text from the component</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>%1: text key</source>
        <translation>%1: text key</translation>
    </message>
    <message>
        <source>The text key. Pick an existing key to reuse its texts, or type a new one.</source>
        <translation>The text key. Pick an existing key to reuse its texts, or type a new one.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Use a text key</source>
        <translation>Use a text key</translation>
    </message>
    <message>
        <source>Change the text %1 of %2</source>
        <translation>Change the text %1 of %2</translation>
    </message>
    <message>
        <source>Use the text %1 for %2 of %3</source>
        <translation>Use the text %1 for %2 of %3</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>new key: %1</source>
        <translation>new key: %1</translation>
    </message>
    <message>
        <source>missing in this language</source>
        <translation>missing in this language</translation>
    </message>
    <message>
        <source>The file has %1 here, which is not a text key.</source>
        <translation>The file has %1 here, which is not a text key.</translation>
    </message>
    <message>
        <source>No text yet: type one below to create the key.</source>
        <translation>No text yet: type one below to create the key.</translation>
    </message>
    <message>
        <source>The key is not in the app&apos;s texts yet.</source>
        <translation>The key is not in the app&apos;s texts yet.</translation>
    </message>
</context>
<context>
    <name>Designer::TextCellDelegate</name>
    <message>
        <source>Text of %1</source>
        <translation>Text of %1</translation>
    </message>
</context>
<context>
    <name>Designer::TextDetailPanel</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Add variable</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Remove variable</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Selected key</translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation>Rename the key</translation>
    </message>
    <message>
        <source>Rename the key here and everywhere it is used (F2)</source>
        <translation>Rename the key here and everywhere it is used (F2)</translation>
    </message>
    <message>
        <source>Markdown preview</source>
        <translation>Markdown preview</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Variables in:</source>
        <translation>&amp;Variables in:</translation>
    </message>
    <message>
        <source>Language of the variables</source>
        <translation>Language of the variables</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Default value</translation>
    </message>
    <message>
        <source>{0} in the text is the first variable, {1} the second...</source>
        <translation>{0} in the text is the first variable, {1} the second...</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Add a variable</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Remove the selected variable</translation>
    </message>
    <message>
        <source>Where the key is used</source>
        <translation>Where the key is used</translation>
    </message>
    <message>
        <source>Double-click to go there</source>
        <translation>Double-click to go there</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Used in</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Text in %1</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>No key selected</translation>
    </message>
    <message>
        <source>Not used anywhere in the app</source>
        <translation>Not used anywhere in the app</translation>
    </message>
    <message>
        <source>Used in (%1)</source>
        <translation>Used in (%1)</translation>
    </message>
    <message>
        <source>Missing in this language: type to add it</source>
        <translation>Missing in this language: type to add it</translation>
    </message>
    <message>
        <source>How %1 shows in the app (markdown):</source>
        <translation>How %1 shows in the app (markdown):</translation>
    </message>
    <message>
        <source>The key has no text in %1 yet: add the text first.</source>
        <translation>The key has no text in %1 yet: add the text first.</translation>
    </message>
    <message>
        <source>No variables. {0} in the text is replaced by the first one you add.</source>
        <translation>No variables. {0} in the text is replaced by the first one you add.</translation>
    </message>
</context>
<context>
    <name>Designer::TextEditor</name>
    <message>
        <source>Texts and code lists</source>
        <translation>Texts and code lists</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Code lists</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Texts: keys and languages</source>
        <translation>Texts: keys and languages</translation>
    </message>
    <message>
        <source>Text actions</source>
        <translation>Text actions</translation>
    </message>
    <message>
        <source>Languages shown</source>
        <translation>Languages shown</translation>
    </message>
    <message>
        <source>Languages shown in the table</source>
        <translation>Languages shown in the table</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Add key</translation>
    </message>
    <message>
        <source>Add a text key (Insert)</source>
        <translation>Add a text key (Insert)</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Delete key</translation>
    </message>
    <message>
        <source>Delete the key in every language (Delete)</source>
        <translation>Delete the key in every language (Delete)</translation>
    </message>
    <message>
        <source>Rename key...</source>
        <translation>Rename key...</translation>
    </message>
    <message>
        <source>Rename the key everywhere it is used (F2 on the key)</source>
        <translation>Rename the key everywhere it is used (F2 on the key)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Edit the text of the cell (Enter or F2)</source>
        <translation>Edit the text of the cell (Enter or F2)</translation>
    </message>
    <message>
        <source>Add language...</source>
        <translation>Add language...</translation>
    </message>
    <message>
        <source>Add a language to the app (Ctrl+Shift+L)</source>
        <translation>Add a language to the app (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Remove language...</source>
        <translation>Remove language...</translation>
    </message>
    <message>
        <source>Remove a language and its texts from the app</source>
        <translation>Remove a language and its texts from the app</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <source>Import translations from an XLIFF or CSV file</source>
        <translation>Import translations from an XLIFF or CSV file</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <source>Export the texts as XLIFF or CSV</source>
        <translation>Export the texts as XLIFF or CSV</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Go to the filter (Ctrl+F)</source>
        <translation>Go to the filter (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a text in use</source>
        <translation>Delete a text in use</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used in %n place(s):</source>
        <translation>
            <numerusform>%1 is used in %n place:</numerusform>
            <numerusform>%1 is used in %n places:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? Those places will show the key instead of a text (the Problems panel lists them).</source>
        <translation>Delete it anyway? Those places will show the key instead of a text (the Problems panel lists them).</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <source>Remove a language</source>
        <translation>Remove a language</translation>
    </message>
    <message>
        <source>Language to remove:</source>
        <translation>Language to remove:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from the app? Its %n text(s) are deleted with %2.</source>
        <translation>
            <numerusform>Remove %1 from the app? Its %n text is deleted with %2.</numerusform>
            <numerusform>Remove %1 from the app? Its %n texts are deleted with %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you close the app.</source>
        <translation>You can undo this until you close the app.</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Remove language</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Import texts</translation>
    </message>
    <message>
        <source>Translations (*.xlf *.xliff *.csv);;All files (*)</source>
        <translation>Translations (*.xlf *.xliff *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Export texts</source>
        <translation>Export texts</translation>
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
        <translation>Not exported</translation>
    </message>
    <message>
        <source>No app is open.</source>
        <translation>No app is open.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Filter keys and texts (Ctrl+F)</source>
        <translation>Filter keys and texts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter in</source>
        <translation>Filter in</translation>
    </message>
    <message>
        <source>Keys and texts</source>
        <translation>Keys and texts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Only &amp;missing</source>
        <translation>Only &amp;missing</translation>
    </message>
    <message>
        <source>Keys missing or empty in a language shown</source>
        <translation>Keys missing or empty in a language shown</translation>
    </message>
    <message>
        <source>Only &amp;unused</source>
        <translation>Only &amp;unused</translation>
    </message>
    <message>
        <source>Keys no page, code list, setting or process uses</source>
        <translation>Keys no page, code list, setting or process uses</translation>
    </message>
    <message>
        <source>Used on &amp;page:</source>
        <translation>Used on &amp;page:</translation>
    </message>
    <message>
        <source>Only the keys a page uses</source>
        <translation>Only the keys a page uses</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Keys shown</source>
        <translation>Keys shown</translation>
    </message>
    <message>
        <source>Languages shown (%1 of %2)</source>
        <translation>Languages shown (%1 of %2)</translation>
    </message>
</context>
<context>
    <name>Designer::TextField</name>
    <message>
        <source>Use a fixed value</source>
        <translation>Use a fixed value</translation>
    </message>
    <message>
        <source>Replace the expression by a fixed value</source>
        <translation>Replace the expression by a fixed value</translation>
    </message>
    <message>
        <source>Compute the value with an expression</source>
        <translation>Compute the value with an expression</translation>
    </message>
    <message>
        <source>Expression for %1</source>
        <translation>Expression for %1</translation>
    </message>
    <message>
        <source>Remove from the component (use the default)</source>
        <translation>Remove from the component (use the default)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>Designer::TextKeyDialog</name>
    <message>
        <source>Rename text key</source>
        <translation>Rename text key</translation>
    </message>
    <message>
        <source>Add text key</source>
        <translation>Add text key</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Current key:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>page.component.title</source>
        <translation>page.component.title</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;New key:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>No place of the app uses this key.</source>
        <translation>No place of the app uses this key.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that use the key will be updated.</source>
        <translation>
            <numerusform>%n place that uses the key will be updated.</numerusform>
            <numerusform>%n places that use the key will be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in C# code are not changed.</source>
        <translation>
            <numerusform>%n place in C# code is not changed.</numerusform>
            <numerusform>%n places in C# code are not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problem with the key</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Type the new name.</translation>
    </message>
</context>
<context>
    <name>Designer::TextTableModel</name>
    <message>
        <source>%1
Not used anywhere in the app</source>
        <translation>%1
Not used anywhere in the app</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used in %n place(s)</source>
        <translation>
            <numerusform>%1
Used in %n place</numerusform>
            <numerusform>%1
Used in %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>The %1 texts have no %2</source>
        <translation>The %1 texts have no %2</translation>
    </message>
    <message>
        <source>Empty in %1</source>
        <translation>Empty in %1</translation>
    </message>
    <message>
        <source>Identical to the %1 text: not translated yet?</source>
        <translation>Identical to the %1 text: not translated yet?</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 cannot be changed until its error is fixed: %2</source>
        <translation>%1 cannot be changed until its error is fixed: %2</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on the page %2</source>
        <translation>There is no component &quot;%1&quot; on the page %2</translation>
    </message>
    <message>
        <source>The new id is the same as the old one</source>
        <translation>The new id is the same as the old one</translation>
    </message>
    <message>
        <source>The file %1 is not part of the app</source>
        <translation>The file %1 is not part of the app</translation>
    </message>
    <message>
        <source>%1 cannot be changed until its error is fixed</source>
        <translation>%1 cannot be changed until its error is fixed</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot;</source>
        <translation>The app has no texts in the language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change the text %1</source>
        <translation>Change the text %1</translation>
    </message>
    <message>
        <source>Delete the text %1</source>
        <translation>Delete the text %1</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 is not a text file</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Remove %1 of %2</translation>
    </message>
    <message>
        <source>There is no element &quot;%1&quot; in %2</source>
        <translation>There is no element &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>The id of a component is changed with its own edit, which also updates the references to it</source>
        <translation>The id of a component is changed with its own edit, which also updates the references to it</translation>
    </message>
    <message>
        <source>A component needs an id</source>
        <translation>A component needs an id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid component id: use letters, digits and dashes, start with a letter or digit, and do not end with a dash followed by 1 to 5 digits (that is kept for repeating-group rows)</source>
        <translation>&quot;%1&quot; is not a valid component id: use letters, digits and dashes, start with a letter or digit, and do not end with a dash followed by 1 to 5 digits (that is kept for repeating-group rows)</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used on the page &quot;%2&quot;</source>
        <translation>The id &quot;%1&quot; is already used on the page &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Add %1 %2</translation>
    </message>
    <message>
        <source>%1 is not a layout page</source>
        <translation>%1 is not a layout page</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>%1 is no longer part of the app</source>
        <translation>%1 is no longer part of the app</translation>
    </message>
    <message>
        <source>Rewrite %1</source>
        <translation>Rewrite %1</translation>
    </message>
    <message>
        <source>%1 has changed since this edit was made</source>
        <translation>%1 has changed since this edit was made</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; cannot be changed: %2</source>
        <translation>The type of &quot;%1&quot; cannot be changed: %2</translation>
    </message>
    <message>
        <source>it is of the type %1 already</source>
        <translation>it is of the type %1 already</translation>
    </message>
    <message>
        <source>the designer does not know the component type &quot;%1&quot;</source>
        <translation>the designer does not know the component type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is made by the app itself and cannot be added by hand</source>
        <translation>&quot;%1&quot; is made by the app itself and cannot be added by hand</translation>
    </message>
    <message>
        <source>it holds components (&quot;%1&quot;), and a component of the type %2 keeps its components in another place; move them out first</source>
        <translation>it holds components (&quot;%1&quot;), and a component of the type %2 keeps its components in another place; move them out first</translation>
    </message>
    <message>
        <source>it holds components (&quot;%1&quot;), and a component of the type %2 cannot hold any; move them out first</source>
        <translation>it holds components (&quot;%1&quot;), and a component of the type %2 cannot hold any; move them out first</translation>
    </message>
    <message>
        <source>Change the type of %1 to %2</source>
        <translation>Change the type of %1 to %2</translation>
    </message>
    <message>
        <source>The clipboard does not hold components the designer can paste: %1</source>
        <translation>The clipboard does not hold components the designer can paste: %1</translation>
    </message>
    <message>
        <source>%1 is not a layout page that can be read</source>
        <translation>%1 is not a layout page that can be read</translation>
    </message>
    <message>
        <source>it is not in the designer&apos;s format</source>
        <translation>it is not in the designer&apos;s format</translation>
    </message>
    <message>
        <source>it was written by a newer version of the designer</source>
        <translation>it was written by a newer version of the designer</translation>
    </message>
    <message>
        <source>a component has no id</source>
        <translation>a component has no id</translation>
    </message>
    <message>
        <source>the component &quot;%1&quot; is missing</source>
        <translation>the component &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 is not valid JSON</translation>
    </message>
    <message>
        <source>The edit has not been applied</source>
        <translation>The edit has not been applied</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>The page order in %1 lists the page</source>
        <translation>The page order in %1 lists the page</translation>
    </message>
    <message>
        <source>%1 leaves the page out of the PDF</source>
        <translation>%1 leaves the page out of the PDF</translation>
    </message>
    <message>
        <source>%1 uses the page as the PDF layout</source>
        <translation>%1 uses the page as the PDF layout</translation>
    </message>
    <message>
        <source>The summary %1 shows the page</source>
        <translation>The summary %1 shows the page</translation>
    </message>
    <message>
        <source>The summary %1 has a setting for the page</source>
        <translation>The summary %1 has a setting for the page</translation>
    </message>
    <message>
        <source>The button %1 navigates to the page</source>
        <translation>The button %1 navigates to the page</translation>
    </message>
    <message>
        <source>An expression of %1 links to the page</source>
        <translation>An expression of %1 links to the page</translation>
    </message>
    <message>
        <source>The summary %1 names the page</source>
        <translation>The summary %1 names the page</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; as a child</source>
        <translation>%1 lists &quot;%2&quot; as a child</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; in its table or summary</source>
        <translation>%1 lists &quot;%2&quot; in its table or summary</translation>
    </message>
    <message>
        <source>%1 has a table column setting for &quot;%2&quot;</source>
        <translation>%1 has a table column setting for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The summary %1 shows &quot;%2&quot;</source>
        <translation>The summary %1 shows &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The summary %1 has a setting for &quot;%2&quot;</source>
        <translation>The summary %1 has a setting for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A cell of %1 shows &quot;%2&quot;</source>
        <translation>A cell of %1 shows &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A card of %1 shows &quot;%2&quot; as its media</source>
        <translation>A card of %1 shows &quot;%2&quot; as its media</translation>
    </message>
    <message>
        <source>An expression of %1 reads &quot;%2&quot;</source>
        <translation>An expression of %1 reads &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 leaves &quot;%2&quot; out of the PDF</source>
        <translation>%1 leaves &quot;%2&quot; out of the PDF</translation>
    </message>
    <message>
        <source>Components move only between pages of the same layout set; copy and paste them into another set</source>
        <translation>Components move only between pages of the same layout set; copy and paste them into another set</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved into itself or into a component it contains</source>
        <translation>&quot;%1&quot; cannot be moved into itself or into a component it contains</translation>
    </message>
    <message>
        <source>The page %1 already has a component &quot;%2&quot;</source>
        <translation>The page %1 already has a component &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Delete the page %1</source>
        <translation>Delete the page %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only page of the layout set &quot;%2&quot;; a layout set needs at least one page</source>
        <translation>&quot;%1&quot; is the only page of the layout set &quot;%2&quot;; a layout set needs at least one page</translation>
    </message>
    <message>
        <source>The app has no layout set &quot;%1&quot;</source>
        <translation>The app has no layout set &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no page &quot;%2&quot;</source>
        <translation>The layout set &quot;%1&quot; has no page &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A page needs a name</source>
        <translation>A page needs a name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid page name: use at most 128 letters (a-z, A-Z), digits, &quot;_&quot; and &quot;-&quot;</source>
        <translation>&quot;%1&quot; is not a valid page name: use at most 128 letters (a-z, A-Z), digits, &quot;_&quot; and &quot;-&quot;</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; already has a page &quot;%2&quot;</source>
        <translation>The layout set &quot;%1&quot; already has a page &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add the page %1</source>
        <translation>Add the page %1</translation>
    </message>
    <message>
        <source>Rename the page %1 to %2</source>
        <translation>Rename the page %1 to %2</translation>
    </message>
    <message>
        <source>The new name must differ from the old one by more than upper and lower case</source>
        <translation>The new name must differ from the old one by more than upper and lower case</translation>
    </message>
    <message>
        <source>Move the page %1</source>
        <translation>Move the page %1</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no Settings.json with a page order</source>
        <translation>The layout set &quot;%1&quot; has no Settings.json with a page order</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is not in the page order</source>
        <translation>The page &quot;%1&quot; is not in the page order</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no page group number %2</source>
        <translation>The layout set &quot;%1&quot; has no page group number %2</translation>
    </message>
    <message>
        <source>Duplicate the page %1 as %2</source>
        <translation>Duplicate the page %1 as %2</translation>
    </message>
    <message>
        <source>%1 cannot be copied until its error is fixed</source>
        <translation>%1 cannot be copied until its error is fixed</translation>
    </message>
    <message>
        <source>This app&apos;s frontend calls &quot;%1&quot; &quot;%2&quot;; the pasted components use that name</source>
        <translation>This app&apos;s frontend calls &quot;%1&quot; &quot;%2&quot;; the pasted components use that name</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; means something else in this app; the pasted components use &quot;%2&quot;</source>
        <translation>The text &quot;%1&quot; means something else in this app; the pasted components use &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot;; texts in that language were not pasted</source>
        <translation>The app has no texts in the language &quot;%1&quot;; texts in that language were not pasted</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; is different in this app; the pasted components use &quot;%2&quot;</source>
        <translation>The code list &quot;%1&quot; is different in this app; the pasted components use &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added the code list &quot;%1&quot;</source>
        <translation>Added the code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is nothing to paste</source>
        <translation>There is nothing to paste</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken; the pasted component is &quot;%2&quot;</source>
        <translation>The id &quot;%1&quot; is taken; the pasted component is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Paste %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n components</source>
        <translation>
            <numerusform>Paste %n component</numerusform>
            <numerusform>Paste %n components</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 to put components in</source>
        <translation>&quot;%1&quot; has no %2 to put components in</translation>
    </message>
    <message>
        <source>Components are placed in a Grid through its cells; &quot;%1&quot; takes no children here</source>
        <translation>Components are placed in a Grid through its cells; &quot;%1&quot; takes no children here</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot contain other components</source>
        <translation>&quot;%1&quot; (%2) cannot contain other components</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; on the page</source>
        <translation>There is no component &quot;%1&quot; on the page</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tab or card number %2</source>
        <translation>&quot;%1&quot; has no tab or card number %2</translation>
    </message>
    <message>
        <source>There is no code list &quot;%1&quot;</source>
        <translation>There is no code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A code list needs an id</source>
        <translation>A code list needs an id</translation>
    </message>
    <message>
        <source>Leave out &quot;.json&quot;: the id of a code list is its file name without it</source>
        <translation>Leave out &quot;.json&quot;: the id of a code list is its file name without it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it must not contain spaces</source>
        <translation>&quot;%1&quot; is not a valid code list id: it must not contain spaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it must not contain slashes</source>
        <translation>&quot;%1&quot; is not a valid code list id: it must not contain slashes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code list id: it cannot be a file name (no leading &quot;.&quot;, nor any of : * ? &quot; &lt; &gt; |)</source>
        <translation>&quot;%1&quot; is not a valid code list id: it cannot be a file name (no leading &quot;.&quot;, nor any of : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <source>A code list id has at most 200 characters</source>
        <translation>A code list id has at most 200 characters</translation>
    </message>
    <message>
        <source>The app already has a code list &quot;%1&quot;</source>
        <translation>The app already has a code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add the code list &quot;%1&quot;</source>
        <translation>Add the code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A row of a code list is an object such as {&quot;value&quot;: &quot;a&quot;, &quot;label&quot;: &quot;A&quot;}</source>
        <translation>A row of a code list is an object such as {&quot;value&quot;: &quot;a&quot;, &quot;label&quot;: &quot;A&quot;}</translation>
    </message>
    <message>
        <source>Rename the code list &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Rename the code list &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The code list is already called &quot;%1&quot;</source>
        <translation>The code list is already called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new id must differ from the old one by more than upper and lower case</source>
        <translation>The new id must differ from the old one by more than upper and lower case</translation>
    </message>
    <message>
        <source>Delete the code list &quot;%1&quot;</source>
        <translation>Delete the code list &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; cannot be deleted while it is used:
%2</source>
        <translation>The code list &quot;%1&quot; cannot be deleted while it is used:
%2</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; is not a list of options</source>
        <translation>The code list &quot;%1&quot; is not a list of options</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot; has no row %2</source>
        <translation>The code list &quot;%1&quot; has no row %2</translation>
    </message>
    <message>
        <source>Row %1 of the code list &quot;%2&quot; is not an object</source>
        <translation>Row %1 of the code list &quot;%2&quot; is not an object</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>the value</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>the label</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>the description</translation>
    </message>
    <message>
        <source>the help text</source>
        <translation>the help text</translation>
    </message>
    <message>
        <source>Change %1 of row %2 of the code list &quot;%3&quot;</source>
        <translation>Change %1 of row %2 of the code list &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Remove %1 of row %2 of the code list &quot;%3&quot;</source>
        <translation>Remove %1 of row %2 of the code list &quot;%3&quot;</translation>
    </message>
    <message>
        <source>A row of a code list needs a value</source>
        <translation>A row of a code list needs a value</translation>
    </message>
    <message>
        <source>A code list value is a string, a number or a boolean</source>
        <translation>A code list value is a string, a number or a boolean</translation>
    </message>
    <message>
        <source>The %1 of a code list row is a text or a text key</source>
        <translation>The %1 of a code list row is a text or a text key</translation>
    </message>
    <message>
        <source>Add a row to the code list &quot;%1&quot;</source>
        <translation>Add a row to the code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove row %1 of the code list &quot;%2&quot;</source>
        <translation>Remove row %1 of the code list &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Move row %1 of the code list &quot;%2&quot; to %3</source>
        <translation>Move row %1 of the code list &quot;%2&quot; to %3</translation>
    </message>
    <message>
        <source>The row is already there</source>
        <translation>The row is already there</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code (two lowercase letters, such as nb, nn or en)</source>
        <translation>&quot;%1&quot; is not an ISO 639-1 language code (two lowercase letters, such as nb, nn or en)</translation>
    </message>
    <message>
        <source>The app already has texts in %1</source>
        <translation>The app already has texts in %1</translation>
    </message>
    <message>
        <source>The text file is not a JSON object</source>
        <translation>The text file is not a JSON object</translation>
    </message>
    <message>
        <source>Add the language %1</source>
        <translation>Add the language %1</translation>
    </message>
    <message>
        <source>The app has no texts in the language &quot;%1&quot; to copy</source>
        <translation>The app has no texts in the language &quot;%1&quot; to copy</translation>
    </message>
    <message>
        <source>%1 cannot be read, so its texts cannot be copied</source>
        <translation>%1 cannot be read, so its texts cannot be copied</translation>
    </message>
    <message>
        <source>Remove the language %1</source>
        <translation>Remove the language %1</translation>
    </message>
    <message>
        <source>%1 is the app&apos;s only language; an app needs texts in at least one</source>
        <translation>%1 is the app&apos;s only language; an app needs texts in at least one</translation>
    </message>
    <message>
        <source>A text key cannot be empty</source>
        <translation>A text key cannot be empty</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; contains whitespace; keys are written without spaces</source>
        <translation>The text key &quot;%1&quot; contains whitespace; keys are written without spaces</translation>
    </message>
    <message>
        <source>The text key &quot;%1…&quot; is %2 characters long; at most 255 are allowed</source>
        <translation>The text key &quot;%1…&quot; is %2 characters long; at most 255 are allowed</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; already exists (%2)</source>
        <translation>The text key &quot;%1&quot; already exists (%2)</translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation>Add the text %1</translation>
    </message>
    <message>
        <source>The app has no text files; add a language first</source>
        <translation>The app has no text files; add a language first</translation>
    </message>
    <message>
        <source>The app has no text &quot;%1&quot;</source>
        <translation>The app has no text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is the app&apos;s name, which the platform reads; it cannot be deleted</source>
        <translation>The text &quot;%1&quot; is the app&apos;s name, which the platform reads; it cannot be deleted</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is used in %2 places and is not deleted: %3</source>
        <translation>The text &quot;%1&quot; is used in %2 places and is not deleted: %3</translation>
    </message>
    <message>
        <source>Rename the text %1 to %2</source>
        <translation>Rename the text %1 to %2</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; already has that key</source>
        <translation>The text &quot;%1&quot; already has that key</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is read by the platform under this key and cannot be renamed</source>
        <translation>The text &quot;%1&quot; is read by the platform under this key and cannot be renamed</translation>
    </message>
    <message>
        <source>%1 no longer names the text &quot;%2&quot;</source>
        <translation>%1 no longer names the text &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The PDF file name key of the process cannot be changed here</source>
        <translation>The PDF file name key of the process cannot be changed here</translation>
    </message>
    <message>
        <source>Change the variables of the text %1 (%2)</source>
        <translation>Change the variables of the text %1 (%2)</translation>
    </message>
    <message>
        <source>Every variable needs a key and a data source</source>
        <translation>Every variable needs a key and a data source</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is not in %2</source>
        <translation>The text &quot;%1&quot; is not in %2</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot;</source>
        <translation>on the page &quot;%1&quot;</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot; (%2)</source>
        <translation>on the page &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>A page expression %1</source>
        <translation>A page expression %1</translation>
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
        <translation>The options of %1 %2</translation>
    </message>
    <message>
        <source>An optionLabel expression of %1 %2</source>
        <translation>An optionLabel expression of %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean: write true or false</source>
        <translation>&quot;%1&quot; is not a boolean: write true or false</translation>
    </message>
</context>
<context>
    <name>Expressions</name>
    <message>
        <source>Expected argument to be %1, got %2</source>
        <translation>Expected argument to be %1, got %2</translation>
    </message>
    <message>
        <source>Expected %1, got value %2</source>
        <translation>Expected %1, got value %2</translation>
    </message>
    <message>
        <source>Missing function name in expression</source>
        <translation>Missing function name in expression</translation>
    </message>
    <message>
        <source>Function name in expression should be string</source>
        <translation>Function name in expression should be string</translation>
    </message>
    <message>
        <source>Invalid type &quot;object&quot; (build objects with the &quot;object&quot; function)</source>
        <translation>Invalid type &quot;object&quot; (build objects with the &quot;object&quot; function)</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented; did you mean &quot;%2&quot;?</source>
        <translation>Function &quot;%1&quot; not implemented; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Function &quot;%1&quot; not implemented</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; is only available in conditions on process gateway flows</source>
        <translation>Function &quot;%1&quot; is only available in conditions on process gateway flows</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; is not available in process gateway conditions, which the server evaluates</source>
        <translation>Function &quot;%1&quot; is not available in process gateway conditions, which the server evaluates</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2</source>
        <translation>Expected %1 argument(s), got %2</translation>
    </message>
    <message>
        <source>The %1 cannot be null</source>
        <translation>The %1 cannot be null</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; expected one of: %3</source>
        <translation>Unknown %1 &quot;%2&quot;; expected one of: %3</translation>
    </message>
    <message>
        <source>The %1 must be a string (expressions cannot be used here)</source>
        <translation>The %1 must be a string (expressions cannot be used here)</translation>
    </message>
    <message>
        <source>Expected third argument to be &quot;else&quot;</source>
        <translation>Expected third argument to be &quot;else&quot;</translation>
    </message>
    <message>
        <source>Expected either 2 arguments (if) or 4 (if + else), got %1</source>
        <translation>Expected either 2 arguments (if) or 4 (if + else), got %1</translation>
    </message>
    <message>
        <source>Second argument must be &quot;not&quot; when providing 4 arguments in total</source>
        <translation>Second argument must be &quot;not&quot; when providing 4 arguments in total</translation>
    </message>
    <message>
        <source>Invalid operator (it cannot be an expression or null)</source>
        <translation>Invalid operator (it cannot be an expression or null)</translation>
    </message>
    <message>
        <source>Invalid operator &quot;%1&quot;, valid operators are %2</source>
        <translation>Invalid operator &quot;%1&quot;, valid operators are %2</translation>
    </message>
    <message>
        <source>The object function must have an even number of arguments</source>
        <translation>The object function must have an even number of arguments</translation>
    </message>
    <message>
        <source>Object keys must be unique</source>
        <translation>Object keys must be unique</translation>
    </message>
    <message>
        <source>Object keys must be strings</source>
        <translation>Object keys must be strings</translation>
    </message>
    <message>
        <source>Expected the result to be %1, but the function &quot;%2&quot; gives %3</source>
        <translation>Expected the result to be %1, but the function &quot;%2&quot; gives %3</translation>
    </message>
    <message>
        <source>&quot;else&quot;</source>
        <translation>&quot;else&quot;</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>value if true</source>
        <translation>value if true</translation>
    </message>
    <message>
        <source>value otherwise</source>
        <translation>value otherwise</translation>
    </message>
    <message>
        <source>The second argument when the condition is true, otherwise the value after &quot;else&quot; (or null).</source>
        <translation>The second argument when the condition is true, otherwise the value after &quot;else&quot; (or null).</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>first value</translation>
    </message>
    <message>
        <source>second value</source>
        <translation>second value</translation>
    </message>
    <message>
        <source>True when both values are the same once turned into text.</source>
        <translation>True when both values are the same once turned into text.</translation>
    </message>
    <message>
        <source>True when the two values differ once turned into text.</source>
        <translation>True when the two values differ once turned into text.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Turns true into false, and false or null into true.</source>
        <translation>Turns true into false, and false or null into true.</translation>
    </message>
    <message>
        <source>True when every argument is true; null counts as false.</source>
        <translation>True when every argument is true; null counts as false.</translation>
    </message>
    <message>
        <source>True when any argument is true; null counts as false.</source>
        <translation>True when any argument is true; null counts as false.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>Compares two values with a named operator (equals, lessThan, isBefore...), negated when &quot;not&quot; comes before it.</source>
        <translation>Compares two values with a named operator (equals, lessThan, isBefore...), negated when &quot;not&quot; comes before it.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>first number</source>
        <translation>first number</translation>
    </message>
    <message>
        <source>second number</source>
        <translation>second number</translation>
    </message>
    <message>
        <source>True when the first number is larger; false when either is null.</source>
        <translation>True when the first number is larger; false when either is null.</translation>
    </message>
    <message>
        <source>True when the first number is larger or equal; false if either is null.</source>
        <translation>True when the first number is larger or equal; false if either is null.</translation>
    </message>
    <message>
        <source>True when the first number is smaller; false when either is null.</source>
        <translation>True when the first number is smaller; false when either is null.</translation>
    </message>
    <message>
        <source>True when the first number is smaller or equal; false if either is null.</source>
        <translation>True when the first number is smaller or equal; false if either is null.</translation>
    </message>
    <message>
        <source>Adds numbers without rounding errors; null counts as 0.</source>
        <translation>Adds numbers without rounding errors; null counts as 0.</translation>
    </message>
    <message>
        <source>Subtracts the second number from the first; null counts as 0.</source>
        <translation>Subtracts the second number from the first; null counts as 0.</translation>
    </message>
    <message>
        <source>Multiplies numbers without rounding errors; null counts as 0.</source>
        <translation>Multiplies numbers without rounding errors; null counts as 0.</translation>
    </message>
    <message>
        <source>Divides the first number by the second; dividing by 0 is an error.</source>
        <translation>Divides the first number by the second; dividing by 0 is an error.</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>decimals</translation>
    </message>
    <message>
        <source>Rounds a number to a count of decimals (0 when left out), as text.</source>
        <translation>Rounds a number to a count of decimals (0 when left out), as text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <source>Joins its arguments into one text; null adds nothing.</source>
        <translation>Joins its arguments into one text; null adds nothing.</translation>
    </message>
    <message>
        <source>True when the text contains the search; false when either is null.</source>
        <translation>True when the text contains the search; false when either is null.</translation>
    </message>
    <message>
        <source>True when the text lacks the search; true when either is null.</source>
        <translation>True when the text lacks the search; true when either is null.</translation>
    </message>
    <message>
        <source>True when the text begins with the search.</source>
        <translation>True when the text begins with the search.</translation>
    </message>
    <message>
        <source>True when the text ends with the search.</source>
        <translation>True when the text ends with the search.</translation>
    </message>
    <message>
        <source>True when one of the comma-separated, trimmed items equals the search.</source>
        <translation>True when one of the comma-separated, trimmed items equals the search.</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>replacement</translation>
    </message>
    <message>
        <source>Replaces every occurrence of the search in the text.</source>
        <translation>Replaces every occurrence of the search in the text.</translation>
    </message>
    <message>
        <source>Number of characters in the text; null gives 0.</source>
        <translation>Number of characters in the text; null gives 0.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>The text between two positions; negative ones count from the end.</source>
        <translation>The text between two positions; negative ones count from the end.</translation>
    </message>
    <message>
        <source>Position of the first occurrence of the search, or null.</source>
        <translation>Position of the first occurrence of the search, or null.</translation>
    </message>
    <message>
        <source>The text in lower case.</source>
        <translation>The text in lower case.</translation>
    </message>
    <message>
        <source>The text in upper case.</source>
        <translation>The text in upper case.</translation>
    </message>
    <message>
        <source>The text with its first character in lower case.</source>
        <translation>The text with its first character in lower case.</translation>
    </message>
    <message>
        <source>The text with its first character in upper case.</source>
        <translation>The text with its first character in upper case.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Writes an ISO date for the user&apos;s language, or in a given pattern.</source>
        <translation>Writes an ISO date for the user&apos;s language, or in a given pattern.</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>component id</translation>
    </message>
    <message>
        <source>data model path</source>
        <translation>data model path</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>data type</translation>
    </message>
    <message>
        <source>Reads a field of the form data; in a repeating group the path follows the current row.</source>
        <translation>Reads a field of the form data; in a repeating group the path follows the current row.</translation>
    </message>
    <message>
        <source>The value a component is bound to; null while the component is hidden.</source>
        <translation>The value a component is bound to; null while the component is hidden.</translation>
    </message>
    <message>
        <source>The text a component shows for its value, such as an option&apos;s label.</source>
        <translation>The text a component shows for its value, such as an option&apos;s label.</translation>
    </message>
    <message>
        <source>How many data elements of a data type the instance has.</source>
        <translation>How many data elements of a data type the instance has.</translation>
    </message>
    <message>
        <source>external API id</source>
        <translation>external API id</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Reads a value from the response of an external API.</source>
        <translation>Reads a value from the response of an external API.</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>A positional argument given to the expression, such as the field a validation condition runs for.</source>
        <translation>A positional argument given to the expression, such as the field a validation condition runs for.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>A named value given to the expression, such as the option an optionFilter looks at.</source>
        <translation>A named value given to the expression, such as the option an optionFilter looks at.</translation>
    </message>
    <message>
        <source>instance context property</source>
        <translation>instance context property</translation>
    </message>
    <message>
        <source>A property of the current instance, such as its id or owner.</source>
        <translation>A property of the current instance, such as its id or owner.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Whether the user may perform an action (read, write, sign...) in the current task.</source>
        <translation>Whether the user may perform an action (read, write, sign...) in the current task.</translation>
    </message>
    <message>
        <source>setting key</source>
        <translation>setting key</translation>
    </message>
    <message>
        <source>A value from the app&apos;s frontend settings.</source>
        <translation>A value from the app&apos;s frontend settings.</translation>
    </message>
    <message>
        <source>The code of the language the user has chosen.</source>
        <translation>The code of the language the user has chosen.</translation>
    </message>
    <message>
        <source>text resource key</source>
        <translation>text resource key</translation>
    </message>
    <message>
        <source>A text resource by key; the key itself when it does not exist.</source>
        <translation>A text resource by key; the key itself when it does not exist.</translation>
    </message>
    <message>
        <source>The action that led the process to the gateway; only in conditions on BPMN gateway flows.</source>
        <translation>The action that led the process to the gateway; only in conditions on BPMN gateway flows.</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>link text</translation>
    </message>
    <message>
        <source>target id</source>
        <translation>target id</translation>
    </message>
    <message>
        <source>show back button</source>
        <translation>show back button</translation>
    </message>
    <message>
        <source>A link that opens a component&apos;s page and moves focus to it.</source>
        <translation>A link that opens a component&apos;s page and moves focus to it.</translation>
    </message>
    <message>
        <source>A link that opens a page of the form.</source>
        <translation>A link that opens a page of the form.</translation>
    </message>
    <message>
        <source>options id</source>
        <translation>options id</translation>
    </message>
    <message>
        <source>The label of the option with a given value in a code list.</source>
        <translation>The label of the option with a given value in a code list.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>property</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefix</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>suffix</translation>
    </message>
    <message>
        <source>suffix after the last</source>
        <translation>suffix after the last</translation>
    </message>
    <message>
        <source>Experimental: joins one property of every row of a repeating group, with an optional prefix and suffix.</source>
        <translation>Experimental: joins one property of every row of a repeating group, with an optional prefix and suffix.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>A list of the arguments.</source>
        <translation>A list of the arguments.</translation>
    </message>
    <message>
        <source>key or value</source>
        <translation>key or value</translation>
    </message>
    <message>
        <source>An object built from key, value pairs.</source>
        <translation>An object built from key, value pairs.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>Runs a JMESPath query on a value.</source>
        <translation>Runs a JMESPath query on a value.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>The total of the numbers in a list.</source>
        <translation>The total of the numbers in a list.</translation>
    </message>
    <message>
        <source>value for an empty list</source>
        <translation>value for an empty list</translation>
    </message>
    <message>
        <source>The mean of the numbers in a list; the second argument if it is empty.</source>
        <translation>The mean of the numbers in a list; the second argument if it is empty.</translation>
    </message>
    <message>
        <source>How many items a list has.</source>
        <translation>How many items a list has.</translation>
    </message>
    <message>
        <source>Jmespath error: invalid arguments to %1()</source>
        <translation>Jmespath error: invalid arguments to %1()</translation>
    </message>
    <message>
        <source>Jmespath error: unknown function %1()</source>
        <translation>Jmespath error: unknown function %1()</translation>
    </message>
    <message>
        <source>Jmespath error: cannot parse &quot;%1&quot;</source>
        <translation>Jmespath error: cannot parse &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FieldComponent</name>
    <message>
        <source>The whole data model cannot become one component; use one of its fields or groups.</source>
        <translation>The whole data model cannot become one component; use one of its fields or groups.</translation>
    </message>
    <message>
        <source>%1 has no fields a component can show.</source>
        <translation>%1 has no fields a component can show.</translation>
    </message>
    <message>
        <source>%1 is a choice between alternatives; use the fields of one of them.</source>
        <translation>%1 is a choice between alternatives; use the fields of one of them.</translation>
    </message>
    <message>
        <source>%1 may hold any content, so no component fits it.</source>
        <translation>%1 may hold any content, so no component fits it.</translation>
    </message>
    <message>
        <source>%1 is a list of single values; the app&apos;s components bind to single values or to lists of groups.</source>
        <translation>%1 is a list of single values; the app&apos;s components bind to single values or to lists of groups.</translation>
    </message>
    <message>
        <source>Only the first %1 components were made; add the other fields one by one.</source>
        <translation>Only the first %1 components were made; add the other fields one by one.</translation>
    </message>
    <message>
        <source>%1 repeats inside too many groups and was left out.</source>
        <translation>%1 repeats inside too many groups and was left out.</translation>
    </message>
    <message>
        <source>The data model has no field %1.</source>
        <translation>The data model has no field %1.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>Cannot save the file: %1</translation>
    </message>
    <message>
        <source>Cannot delete the file: %1</source>
        <translation>Cannot delete the file: %1</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>application metadata</source>
        <translation>application metadata</translation>
    </message>
    <message>
        <source>layout sets</source>
        <translation>layout sets</translation>
    </message>
    <message>
        <source>layout settings</source>
        <translation>layout settings</translation>
    </message>
    <message>
        <source>global UI settings</source>
        <translation>global UI settings</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>footer</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>texts</translation>
    </message>
    <message>
        <source>code list</source>
        <translation>code list</translation>
    </message>
    <message>
        <source>data model (JSON Schema)</source>
        <translation>data model (JSON Schema)</translation>
    </message>
    <message>
        <source>data model (XSD)</source>
        <translation>data model (XSD)</translation>
    </message>
    <message>
        <source>data model (C#)</source>
        <translation>data model (C#)</translation>
    </message>
    <message>
        <source>data model metadata (legacy)</source>
        <translation>data model metadata (legacy)</translation>
    </message>
    <message>
        <source>data model validations</source>
        <translation>data model validations</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>prefill</translation>
    </message>
    <message>
        <source>rule configuration (legacy)</source>
        <translation>rule configuration (legacy)</translation>
    </message>
    <message>
        <source>rule handler (legacy)</source>
        <translation>rule handler (legacy)</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>access rules</source>
        <translation>access rules</translation>
    </message>
    <message>
        <source>Studio settings</source>
        <translation>Studio settings</translation>
    </message>
    <message>
        <source>.NET project</source>
        <translation>.NET project</translation>
    </message>
    <message>
        <source>frontend page</source>
        <translation>frontend page</translation>
    </message>
    <message>
        <source>deployment values</source>
        <translation>deployment values</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The value to replace does not exist</source>
        <translation>The value to replace does not exist</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot;: the target is not an object</source>
        <translation>Cannot add &quot;%1&quot;: the target is not an object</translation>
    </message>
    <message>
        <source>Cannot add an element: the target is not an array</source>
        <translation>Cannot add an element: the target is not an array</translation>
    </message>
    <message>
        <source>The value to remove does not exist</source>
        <translation>The value to remove does not exist</translation>
    </message>
    <message>
        <source>The whole document cannot be removed</source>
        <translation>The whole document cannot be removed</translation>
    </message>
    <message>
        <source>Cannot find the separator before the value</source>
        <translation>Cannot find the separator before the value</translation>
    </message>
    <message>
        <source>Only object members can be renamed</source>
        <translation>Only object members can be renamed</translation>
    </message>
    <message>
        <source>No value at %1</source>
        <translation>No value at %1</translation>
    </message>
    <message>
        <source>The document has no value to set</source>
        <translation>The document has no value to set</translation>
    </message>
    <message>
        <source>Index %1 is outside the array at %2</source>
        <translation>Index %1 is outside the array at %2</translation>
    </message>
    <message>
        <source>Cannot set %1: its parent does not exist</source>
        <translation>Cannot set %1: its parent does not exist</translation>
    </message>
    <message>
        <source>Nothing to remove at %1</source>
        <translation>Nothing to remove at %1</translation>
    </message>
    <message>
        <source>The file has changed since the edit was planned</source>
        <translation>The file has changed since the edit was planned</translation>
    </message>
    <message>
        <source>The edit would make the file invalid: %1</source>
        <translation>The edit would make the file invalid: %1</translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON value</source>
        <translation>The file is empty; expected a JSON value</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value</source>
        <translation>Unexpected text after the end of the JSON value</translation>
    </message>
    <message>
        <source>Comment is not closed (missing */)</source>
        <translation>Comment is not closed (missing */)</translation>
    </message>
    <message>
        <source>Unexpected end of file; expected a value</source>
        <translation>Unexpected end of file; expected a value</translation>
    </message>
    <message>
        <source>Values are nested too deeply (more than %1 levels)</source>
        <translation>Values are nested too deeply (more than %1 levels)</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;; expected a value</source>
        <translation>Unexpected character &apos;%1&apos;; expected a value</translation>
    </message>
    <message>
        <source>Unknown word; expected a value such as true, false, null, a number or a string</source>
        <translation>Unknown word; expected a value such as true, false, null, a number or a string</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <source>Invalid number: digits expected after the decimal point</source>
        <translation>Invalid number: digits expected after the decimal point</translation>
    </message>
    <message>
        <source>Invalid number: digits expected in the exponent</source>
        <translation>Invalid number: digits expected in the exponent</translation>
    </message>
    <message>
        <source>Invalid \u escape in string</source>
        <translation>Invalid \u escape in string</translation>
    </message>
    <message>
        <source>Invalid escape &apos;\%1&apos; in string</source>
        <translation>Invalid escape &apos;\%1&apos; in string</translation>
    </message>
    <message>
        <source>String is not closed before the end of the line</source>
        <translation>String is not closed before the end of the line</translation>
    </message>
    <message>
        <source>Control character in string</source>
        <translation>Control character in string</translation>
    </message>
    <message>
        <source>String is not closed (missing &quot;)</source>
        <translation>String is not closed (missing &quot;)</translation>
    </message>
    <message>
        <source>Object is not closed (missing &apos;}&apos;)</source>
        <translation>Object is not closed (missing &apos;}&apos;)</translation>
    </message>
    <message>
        <source>Array is not closed (missing &apos;]&apos;)</source>
        <translation>Array is not closed (missing &apos;]&apos;)</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>Expected &apos;,&apos; or &apos;}&apos; after an object member</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>Expected &apos;,&apos; or &apos;]&apos; after an array element</translation>
    </message>
    <message>
        <source>Expected a quoted property name</source>
        <translation>Expected a quoted property name</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the property name</source>
        <translation>Expected &apos;:&apos; after the property name</translation>
    </message>
</context>
<context>
    <name>LayoutSet</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>Models::Expressions</name>
    <message>
        <source>%1 is not available in this context</source>
        <translation>%1 is not available in this context</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>Expected %1, got %2</translation>
    </message>
    <message>
        <source>Expected %1, got value %2</source>
        <translation>Expected %1, got value %2</translation>
    </message>
    <message>
        <source>Expected argument to be %1, got %2</source>
        <translation>Expected argument to be %1, got %2</translation>
    </message>
    <message>
        <source>The expression is nested too deeply</source>
        <translation>The expression is nested too deeply</translation>
    </message>
    <message>
        <source>Missing function name in expression</source>
        <translation>Missing function name in expression</translation>
    </message>
    <message>
        <source>Function name in expression should be string</source>
        <translation>Function name in expression should be string</translation>
    </message>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Function &quot;%1&quot; not implemented</translation>
    </message>
    <message>
        <source>The data type must be a string (expressions cannot be used here)</source>
        <translation>The data type must be a string (expressions cannot be used here)</translation>
    </message>
    <message>
        <source>Argument %1 must be written out (expressions cannot be used here)</source>
        <translation>Argument %1 must be written out (expressions cannot be used here)</translation>
    </message>
    <message>
        <source>Expected third argument to be &quot;else&quot;</source>
        <translation>Expected third argument to be &quot;else&quot;</translation>
    </message>
    <message>
        <source>Expected either 2 arguments (if) or 4 (if + else), got %1</source>
        <translation>Expected either 2 arguments (if) or 4 (if + else), got %1</translation>
    </message>
    <message>
        <source>The object function must have an even number of arguments</source>
        <translation>The object function must have an even number of arguments</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2</source>
        <translation>Expected %1 argument(s), got %2</translation>
    </message>
    <message>
        <source>Second argument must be &quot;not&quot; when providing 4 arguments in total</source>
        <translation>Second argument must be &quot;not&quot; when providing 4 arguments in total</translation>
    </message>
    <message>
        <source>Invalid operator (it cannot be an expression or null)</source>
        <translation>Invalid operator (it cannot be an expression or null)</translation>
    </message>
    <message>
        <source>Invalid operator &quot;%1&quot;</source>
        <translation>Invalid operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Can not compare timestamps where only one specify timezone</source>
        <translation>Can not compare timestamps where only one specify timezone</translation>
    </message>
    <message>
        <source>Can not figure out if timestamps in different timezones are in the same day</source>
        <translation>Can not figure out if timestamps in different timezones are in the same day</translation>
    </message>
    <message>
        <source>Unable to parse date &quot;%1&quot;: Unknown format</source>
        <translation>Unable to parse date &quot;%1&quot;: Unknown format</translation>
    </message>
    <message>
        <source>Unable to parse date &quot;%1&quot;: Format was recognized, but the date/time is invalid</source>
        <translation>Unable to parse date &quot;%1&quot;: Format was recognized, but the date/time is invalid</translation>
    </message>
    <message>
        <source>Unable to find component with identifier %1</source>
        <translation>Unable to find component with identifier %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::EvalContext</name>
    <message>
        <source>No positional arguments available</source>
        <translation>No positional arguments available</translation>
    </message>
    <message>
        <source>No value arguments available</source>
        <translation>No value arguments available</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::Evaluator</name>
    <message>
        <source>Function &quot;%1&quot; not implemented</source>
        <translation>Function &quot;%1&quot; not implemented</translation>
    </message>
    <message>
        <source>The second argument is 0, cannot divide by 0</source>
        <translation>The second argument is 0, cannot divide by 0</translation>
    </message>
    <message>
        <source>Invalid number of decimals: %1</source>
        <translation>Invalid number of decimals: %1</translation>
    </message>
    <message>
        <source>Start/end index cannot be null</source>
        <translation>Start/end index cannot be null</translation>
    </message>
    <message>
        <source>Cannot lookup dataModel null</source>
        <translation>Cannot lookup dataModel null</translation>
    </message>
    <message>
        <source>Cannot lookup component null</source>
        <translation>Cannot lookup component null</translation>
    </message>
    <message>
        <source>Expected a data type</source>
        <translation>Expected a data type</translation>
    </message>
    <message>
        <source>Unknown Instance context property %1</source>
        <translation>Unknown Instance context property %1</translation>
    </message>
    <message>
        <source>Expected an action</source>
        <translation>Expected an action</translation>
    </message>
    <message>
        <source>Value cannot be null. (Parameter &apos;key&apos;)</source>
        <translation>Value cannot be null. (Parameter &apos;key&apos;)</translation>
    </message>
    <message>
        <source>Cannot link to null</source>
        <translation>Cannot link to null</translation>
    </message>
    <message>
        <source>Expected an index</source>
        <translation>Expected an index</translation>
    </message>
    <message>
        <source>Invalid argument index %1</source>
        <translation>Invalid argument index %1</translation>
    </message>
    <message>
        <source>Object keys must be strings</source>
        <translation>Object keys must be strings</translation>
    </message>
    <message>
        <source>Object keys must be unique</source>
        <translation>Object keys must be unique</translation>
    </message>
    <message>
        <source>Expected argument to be string</source>
        <translation>Expected argument to be string</translation>
    </message>
</context>
<context>
    <name>Models::Expressions::SharedCaseContext</name>
    <message>
        <source>Data model with type %1 not found</source>
        <translation>Data model with type %1 not found</translation>
    </message>
    <message>
        <source>Unknown Instance context property %1</source>
        <translation>Unknown Instance context property %1</translation>
    </message>
    <message>
        <source>Could not find options with id &quot;%1&quot;</source>
        <translation>Could not find options with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown Auth context property %1</source>
        <translation>Unknown Auth context property %1</translation>
    </message>
    <message>
        <source>No positional arguments available</source>
        <translation>No positional arguments available</translation>
    </message>
    <message>
        <source>Index %1 out of range</source>
        <translation>Index %1 out of range</translation>
    </message>
    <message>
        <source>No value arguments available</source>
        <translation>No value arguments available</translation>
    </message>
    <message>
        <source>Unknown key %1, Valid keys are: %2</source>
        <translation>Unknown key %1, Valid keys are: %2</translation>
    </message>
</context>
<context>
    <name>Previewer::PreviewPanel</name>
    <message>
        <source>The live preview is not available in this version. It will show the form in every language as citizens see it.</source>
        <translation>The live preview is not available in this version. It will show the form in every language as citizens see it.</translation>
    </message>
</context>
<context>
    <name>SchemaEdits</name>
    <message>
        <source>There is no field at %1 in the data model</source>
        <translation>There is no field at %1 in the data model</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and do not start with a digit</source>
        <translation>&quot;%1&quot; is not a valid name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and do not start with a digit</translation>
    </message>
    <message>
        <source>Add the field %1</source>
        <translation>Add the field %1</translation>
    </message>
    <message>
        <source>The fields cannot be added there: %1 is not a group</source>
        <translation>The fields cannot be added there: %1 is not a group</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot; there</source>
        <translation>There is already a field named &quot;%1&quot; there</translation>
    </message>
    <message>
        <source>Rename the field to %1</source>
        <translation>Rename the field to %1</translation>
    </message>
    <message>
        <source>Delete the field %1</source>
        <translation>Delete the field %1</translation>
    </message>
    <message>
        <source>Move the field %1</source>
        <translation>Move the field %1</translation>
    </message>
    <message>
        <source>Make the field required</source>
        <translation>Make the field required</translation>
    </message>
    <message>
        <source>Make the field optional</source>
        <translation>Make the field optional</translation>
    </message>
    <message>
        <source>Make the field repeat</source>
        <translation>Make the field repeat</translation>
    </message>
    <message>
        <source>Make the field occur once</source>
        <translation>Make the field occur once</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Change the type to %1</source>
        <translation>Change the type to %1</translation>
    </message>
    <message>
        <source>Use the type %1</source>
        <translation>Use the type %1</translation>
    </message>
    <message>
        <source>There is no type named &quot;%1&quot;</source>
        <translation>There is no type named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Allow the field to be nil</source>
        <translation>Allow the field to be nil</translation>
    </message>
    <message>
        <source>Do not allow the field to be nil</source>
        <translation>Do not allow the field to be nil</translation>
    </message>
    <message>
        <source>Only fields with a type can be nil</source>
        <translation>Only fields with a type can be nil</translation>
    </message>
    <message>
        <source>Make %1 a reusable type</source>
        <translation>Make %1 a reusable type</translation>
    </message>
    <message>
        <source>There is already a type named &quot;%1&quot;</source>
        <translation>There is already a type named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copy the type into the field</source>
        <translation>Copy the type into the field</translation>
    </message>
    <message>
        <source>The field does not use a type of this model</source>
        <translation>The field does not use a type of this model</translation>
    </message>
    <message>
        <source>Add the type %1</source>
        <translation>Add the type %1</translation>
    </message>
    <message>
        <source>Rename the type %1 to %2</source>
        <translation>Rename the type %1 to %2</translation>
    </message>
    <message>
        <source>Delete the type %1</source>
        <translation>Delete the type %1</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is still used (%2 places, first at %3)</source>
        <translation>The type &quot;%1&quot; is still used (%2 places, first at %3)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>The quoted cell that starts here is not closed (a quote is missing)</source>
        <translation>The quoted cell that starts here is not closed (a quote is missing)</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</source>
        <translation>Unexpected text after the closing quote of a cell (a quote inside a quoted cell is written twice: &quot;&quot;)</translation>
    </message>
    <message>
        <source>A quote inside a cell that is not quoted (quote the whole cell and write the quote twice: &quot;&quot;)</source>
        <translation>A quote inside a cell that is not quoted (quote the whole cell and write the quote twice: &quot;&quot;)</translation>
    </message>
    <message>
        <source>The file is UTF-16; save it as CSV in UTF-8</source>
        <translation>The file is UTF-16; save it as CSV in UTF-8</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV in UTF-8</source>
        <translation>The file is not UTF-8 text; save it as CSV in UTF-8</translation>
    </message>
    <message>
        <source>The first line must be a header starting with &quot;key&quot;, then language codes (key,nb,en), not &quot;%1&quot;</source>
        <translation>The first line must be a header starting with &quot;key&quot;, then language codes (key,nb,en), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The header names no languages (key,nb,en...)</source>
        <translation>The header names no languages (key,nb,en...)</translation>
    </message>
    <message>
        <source>Column %1 of the header, &quot;%2&quot;, is not an ISO 639-1 language code such as nb, nn or en</source>
        <translation>Column %1 of the header, &quot;%2&quot;, is not an ISO 639-1 language code such as nb, nn or en</translation>
    </message>
    <message>
        <source>The header names the language %1 twice</source>
        <translation>The header names the language %1 twice</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2</source>
        <translation>The row has %1 cells but the header only %2</translation>
    </message>
    <message>
        <source>The row has texts but no key</source>
        <translation>The row has texts but no key</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice (lines %2 and %3)</source>
        <translation>The key &quot;%1&quot; appears twice (lines %2 and %3)</translation>
    </message>
    <message>
        <source>The file is for the language &quot;%1&quot;, which is not an ISO 639-1 code such as nb, nn or en</source>
        <translation>The file is for the language &quot;%1&quot;, which is not an ISO 639-1 code such as nb, nn or en</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>Import texts</translation>
    </message>
    <message>
        <source>Import texts from %1</source>
        <translation>Import texts from %1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) changed in %1</source>
        <translation>
            <numerusform>%n text changed in %1</numerusform>
            <numerusform>%n texts changed in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added in %1</source>
        <translation>
            <numerusform>%n added in %1</numerusform>
            <numerusform>%n added in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(a new language)</source>
        <translation>(a new language)</translation>
    </message>
    <message>
        <source>0 changes</source>
        <translation>0 changes</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) already as in the file</source>
        <translation>
            <numerusform>%n text already as in the file</numerusform>
            <numerusform>%n texts already as in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s) not imported</source>
        <translation>
            <numerusform>%n unknown key not imported</numerusform>
            <numerusform>%n unknown keys not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the page &quot;%2&quot;%3</source>
        <translation>&quot;%1&quot; on the page &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>The %1 text of %2</source>
        <translation>The %1 text of %2</translation>
    </message>
    <message>
        <source>An option %1 of %2</source>
        <translation>An option %1 of %2</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>The %1 of %2</translation>
    </message>
    <message>
        <source>An expression in %1</source>
        <translation>An expression in %1</translation>
    </message>
    <message>
        <source>An option %1 in the code list %2</source>
        <translation>An option %1 in the code list %2</translation>
    </message>
    <message>
        <source>The %1 in %2</source>
        <translation>The %1 in %2</translation>
    </message>
    <message>
        <source>The %1 of a footer item</source>
        <translation>The %1 of a footer item</translation>
    </message>
    <message>
        <source>The app title (%1) in %2</source>
        <translation>The app title (%1) in %2</translation>
    </message>
    <message>
        <source>The PDF file name of the task &quot;%1&quot; in %2</source>
        <translation>The PDF file name of the task &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>C# code in %1, line %2</source>
        <translation>C# code in %1, line %2</translation>
    </message>
    <message>
        <source>default &quot;%1&quot;</source>
        <translation>default &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables: %1</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>The file is not well-formed XML: %1</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>The file has no XML element</translation>
    </message>
    <message>
        <source>The file is not XLIFF: its root element is &lt;%1&gt;</source>
        <translation>The file is not XLIFF: its root element is &lt;%1&gt;</translation>
    </message>
    <message>
        <source>The file is XLIFF %1; only XLIFF 2.0 (%2) can be imported</source>
        <translation>The file is XLIFF %1; only XLIFF 2.0 (%2) can be imported</translation>
    </message>
    <message>
        <source>A &lt;unit&gt; has no id</source>
        <translation>A &lt;unit&gt; has no id</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; appears twice (lines %2 and %3)</source>
        <translation>The unit &quot;%1&quot; appears twice (lines %2 and %3)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has a &lt;target&gt; but the file names no target language (trgLang)</source>
        <translation>The unit &quot;%1&quot; has a &lt;target&gt; but the file names no target language (trgLang)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has inline markup &lt;%2&gt; in its &lt;%3&gt;; only plain text can be imported (ask for the file without tags)</source>
        <translation>The unit &quot;%1&quot; has inline markup &lt;%2&gt; in its &lt;%3&gt;; only plain text can be imported (ask for the file without tags)</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; has a &lt;cp&gt; without a valid hex code point</source>
        <translation>The unit &quot;%1&quot; has a &lt;cp&gt; without a valid hex code point</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>every app needs its application metadata.</source>
        <translation>every app needs its application metadata.</translation>
    </message>
    <message>
        <source>every app needs a process.</source>
        <translation>every app needs a process.</translation>
    </message>
    <message>
        <source>every app needs access rules.</source>
        <translation>every app needs access rules.</translation>
    </message>
    <message>
        <source>every app needs texts in Norwegian Bokmål (nb).</source>
        <translation>every app needs texts in Norwegian Bokmål (nb).</translation>
    </message>
    <message>
        <source>A component has no id. Every component needs an id that is unique in its layout set.</source>
        <translation>A component has no id. Every component needs an id that is unique in its layout set.</translation>
    </message>
    <message>
        <source>earlier on this page</source>
        <translation>earlier on this page</translation>
    </message>
    <message>
        <source>on the page &quot;%1&quot;</source>
        <translation>on the page &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The component id &quot;%1&quot; is used twice in the layout set &quot;%2&quot;: it is also used %3. Ids must be unique in a layout set.</source>
        <translation>The component id &quot;%1&quot; is used twice in the layout set &quot;%2&quot;: it is also used %3. Ids must be unique in a layout set.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists the child &quot;%2&quot;, but no component in the layout set &quot;%3&quot; has that id.</source>
        <translation>&quot;%1&quot; lists the child &quot;%2&quot;, but no component in the layout set &quot;%3&quot; has that id.</translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; has no type.</source>
        <translation>The component &quot;%1&quot; has no type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of this component type in another version of the app frontend; this app&apos;s frontend (%2) calls it &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; is the name of this component type in another version of the app frontend; this app&apos;s frontend (%2) calls it &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The component type &quot;%1&quot; (component &quot;%2&quot;) is not one the designer knows. It is kept as it is; check the spelling if it is not a newer or custom type.</source>
        <translation>The component type &quot;%1&quot; (component &quot;%2&quot;) is not one the designer knows. It is kept as it is; check the spelling if it is not a newer or custom type.</translation>
    </message>
    <message>
        <source>The expression at %1 is not valid: %2</source>
        <translation>The expression at %1 is not valid: %2</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; must be a field path or {&quot;dataType&quot;, &quot;field&quot;}.</source>
        <translation>The binding &quot;%1&quot; of &quot;%2&quot; must be a field path or {&quot;dataType&quot;, &quot;field&quot;}.</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; uses the data type &quot;%3&quot;, which applicationmetadata.json does not define.</source>
        <translation>The binding &quot;%1&quot; of &quot;%2&quot; uses the data type &quot;%3&quot;, which applicationmetadata.json does not define.</translation>
    </message>
    <message>
        <source>Bindings to the data type &quot;%1&quot; cannot be checked: App/models/%1.schema.json is missing.</source>
        <translation>Bindings to the data type &quot;%1&quot; cannot be checked: App/models/%1.schema.json is missing.</translation>
    </message>
    <message>
        <source>the data model has no field &quot;%1&quot; at the top level</source>
        <translation>the data model has no field &quot;%1&quot; at the top level</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>&quot;%1&quot; has no field &quot;%2&quot;</translation>
    </message>
    <message>
        <source> (it has: %1%2)</source>
        <translation> (it has: %1%2)</translation>
    </message>
    <message>
        <source>The binding &quot;%1&quot; of &quot;%2&quot; points at &quot;%3&quot;, which does not exist in the data model &quot;%4&quot;: %5.</source>
        <translation>The binding &quot;%1&quot; of &quot;%2&quot; points at &quot;%3&quot;, which does not exist in the data model &quot;%4&quot;: %5.</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>The file is missing: %1</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is listed twice in the page order.</source>
        <translation>The page &quot;%1&quot; is listed twice in the page order.</translation>
    </message>
    <message>
        <source>The page order lists &quot;%1&quot;, but there is no page %2/layouts/%1.json.</source>
        <translation>The page order lists &quot;%1&quot;, but there is no page %2/layouts/%1.json.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; exists but is not in the page order of %2, so the form never shows it.</source>
        <translation>The page &quot;%1&quot; exists but is not in the page order of %2, so the form never shows it.</translation>
    </message>
    <message>
        <source>The PDF layout page &quot;%1&quot; does not exist.</source>
        <translation>The PDF layout page &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 is not listed in App/ui/layout-sets.json, so the app ignores it.</source>
        <translation>The folder %1 is not listed in App/ui/layout-sets.json, so the app ignores it.</translation>
    </message>
    <message>
        <source>The folder %1 has no Settings.json, so the app ignores it.</source>
        <translation>The folder %1 has no Settings.json, so the app ignores it.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; uses the data type &quot;%2&quot;, which applicationmetadata.json does not define.</source>
        <translation>The layout set &quot;%1&quot; uses the data type &quot;%2&quot;, which applicationmetadata.json does not define.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; is for the task &quot;%2&quot;, which the process does not have.</source>
        <translation>The layout set &quot;%1&quot; is for the task &quot;%2&quot;, which the process does not have.</translation>
    </message>
    <message>
        <source>The UI folder &quot;%1&quot; is not named after a task of the process, and it is not a subform, a stateless entry page or CustomReceipt. Rename it to its task&apos;s id or mark it &quot;type&quot;: &quot;subform&quot;.</source>
        <translation>The UI folder &quot;%1&quot; is not named after a task of the process, and it is not a subform, a stateless entry page or CustomReceipt. Rename it to its task&apos;s id or mark it &quot;type&quot;: &quot;subform&quot;.</translation>
    </message>
    <message>
        <source>The layout set &quot;%1&quot; has no pages (there is no folder %2/layouts).</source>
        <translation>The layout set &quot;%1&quot; has no pages (there is no folder %2/layouts).</translation>
    </message>
    <message>
        <source>%1 refers to the text &quot;%2&quot;, which no language of the app defines; the form will show &quot;%2&quot; as it is.</source>
        <translation>%1 refers to the text &quot;%2&quot;, which no language of the app defines; the form will show &quot;%2&quot; as it is.</translation>
    </message>
    <message>
        <source>An expression</source>
        <translation>An expression</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; text of &quot;%2&quot;</source>
        <translation>The &quot;%1&quot; text of &quot;%2&quot;</translation>
    </message>
    <message>
        <source>An option of &quot;%1&quot;</source>
        <translation>An option of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A page group name</source>
        <translation>A page group name</translation>
    </message>
    <message>
        <source>The code list &quot;%1&quot;</source>
        <translation>The code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A footer item</source>
        <translation>A footer item</translation>
    </message>
    <message>
        <source>The file is named for the language &quot;%1&quot; but says &quot;language&quot;: &quot;%2&quot;.</source>
        <translation>The file is named for the language &quot;%1&quot; but says &quot;language&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The text key &quot;%1&quot; is defined more than once; only the last one is used.</source>
        <translation>The text key &quot;%1&quot; is defined more than once; only the last one is used.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; has no %2 version (it exists in %3).</source>
        <translation>The text &quot;%1&quot; has no %2 version (it exists in %3).</translation>
    </message>
</context>
<context>
    <name>Xml</name>
    <message>
        <source>The file declares an encoding that is not supported: %1</source>
        <translation>The file declares an encoding that is not supported: %1</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1</source>
        <translation>The XML is not well-formed: %1</translation>
    </message>
    <message>
        <source>The file has no XML element</source>
        <translation>The file has no XML element</translation>
    </message>
    <message>
        <source>The element does not exist</source>
        <translation>The element does not exist</translation>
    </message>
    <message>
        <source>The attribute %1 is a default of the document type and cannot be removed</source>
        <translation>The attribute %1 is a default of the document type and cannot be removed</translation>
    </message>
    <message>
        <source>The element has no attribute %1</source>
        <translation>The element has no attribute %1</translation>
    </message>
    <message>
        <source>The element %1 holds other elements; its text cannot be set</source>
        <translation>The element %1 holds other elements; its text cannot be set</translation>
    </message>
    <message>
        <source>The element cannot be removed</source>
        <translation>The element cannot be removed</translation>
    </message>
    <message>
        <source>The parent element does not exist</source>
        <translation>The parent element does not exist</translation>
    </message>
    <message>
        <source>Cannot add a child to the empty element %1</source>
        <translation>Cannot add a child to the empty element %1</translation>
    </message>
    <message>
        <source>The file has changed since the edit was planned</source>
        <translation>The file has changed since the edit was planned</translation>
    </message>
    <message>
        <source>The edit would make the file invalid: %1</source>
        <translation>The edit would make the file invalid: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop designer for Altinn 3 apps.</source>
        <translation>Desktop designer for Altinn 3 apps.</translation>
    </message>
    <message>
        <source>An app repository to open (the folder that holds App/).</source>
        <translation>An app repository to open (the folder that holds App/).</translation>
    </message>
    <message>
        <source>Open the bundled sample app.</source>
        <translation>Open the bundled sample app.</translation>
    </message>
    <message>
        <source>The language of the user interface: nb, nn or en.</source>
        <translation>The language of the user interface: nb, nn or en.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after it has opened, then quit.</source>
        <translation>Save a picture of the window to FILE after it has opened, then quit.</translation>
    </message>
    <message>
        <source>The editor to show first: forms, datamodel, texts, process, access, settings or vcs.</source>
        <translation>The editor to show first: forms, datamodel, texts, process, access, settings or vcs.</translation>
    </message>
</context>
</TS>
