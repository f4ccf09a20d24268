#pragma once

#include "jsonvalue.h"

namespace Models::Json {

// How a new JSON file is written. The defaults are those of Altinn Studio's files: two
// spaces, LF, no final newline, every container on its own lines.
struct WriteOptions {
    enum class Escaping {
        Relaxed,        // only what JSON requires; everything else raw (pages, texts, metadata)
        StudioSchema,   // as Studio writes data-model schemas: HTML-sensitive characters
                        // (" < > & ' + `) and characters beyond Latin-1 as \uXXXX
    };
    QByteArray indent = "  ";
    QByteArray newline = "\n";
    bool finalNewline = false;
    Escaping escaping = Escaping::Relaxed;
};

// Writes a whole document. For changes to an existing file use Json::Document's edits,
// which keep the file's own style; this is for files the designer creates.
QByteArray write(const Value &value, const WriteOptions &options = {});

} // namespace Models::Json
