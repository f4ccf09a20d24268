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
        <translation>Usage: altinn-designer-cli COMMAND [OPTIONS]

Works on Altinn app repositories (the folder that holds App/) with the same code as the designer.

Commands:
  resave APP_DIR                             Load every file the designer understands and write it back.
  validate APP_DIR [--json]                  Check the app and print one finding per line.
  new APP_DIR --org ORG --app NAME [--v8]    Create a new app from the bundled template.
  model import APP_DIR FILE.xsd [--name NAME]  Import an XSD as a data model of the app.
  model convert FILE --to json-schema|xsd|csharp  Convert a data model (output on stdout).

Run &quot;altinn-designer-cli COMMAND --help&quot; for the details of a command.
</translation>
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
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Rename id...</source>
        <translation>Rename id...</translation>
    </message>
    <message>
        <source>Add property...</source>
        <translation>Add property...</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Remove property</translation>
    </message>
    <message>
        <source>Layout set:</source>
        <translation>Layout set:</translation>
    </message>
    <message>
        <source>Layout set</source>
        <translation>Layout set</translation>
    </message>
    <message>
        <source>Outline of the form. The drag-and-drop canvas and the full property panel are not part of this version.</source>
        <translation>Outline of the form. The drag-and-drop canvas and the full property panel are not part of this version.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Components of the page</source>
        <translation>Components of the page</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Properties of the component</source>
        <translation>Properties of the component</translation>
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
        <source> (not in the page order)</source>
        <translation> (not in the page order)</translation>
    </message>
    <message>
        <source>This page cannot be read: %1</source>
        <translation>This page cannot be read: %1</translation>
    </message>
    <message>
        <source>(not on this page)</source>
        <translation>(not on this page)</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Properties of %1</translation>
    </message>
    <message>
        <source>Select a component to see its properties.</source>
        <translation>Select a component to see its properties.</translation>
    </message>
    <message>
        <source>Type JSON (true, 12, [&quot;a&quot;], {...}) or plain text.</source>
        <translation>Type JSON (true, 12, [&quot;a&quot;], {...}) or plain text.</translation>
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
        <source>Add property</source>
        <translation>Add property</translation>
    </message>
    <message>
        <source>Property name (for example readOnly):</source>
        <translation>Property name (for example readOnly):</translation>
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
        <source>Edit the texts of every language side by side, rename keys everywhere they are used, and exchange translations.</source>
        <translation>Edit the texts of every language side by side, rename keys everywhere they are used, and exchange translations.</translation>
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
        <translation>Ctrl+N  new app
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
Ctrl+F  find, F3 / Shift+F3  next / previous</translation>
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
