#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Models {

// Where a problem is: a file (relative to the app root where possible), and either a
// line/column (1-based, 0 = unknown) or a JSON pointer / element id.
struct Location {
    QString file;
    int line = 0;
    int column = 0;
    QString pointer;

    static Location inFile(QString f, int l = 0, int c = 0)
    {
        Location loc;
        loc.file = std::move(f);
        loc.line = l;
        loc.column = c;
        return loc;
    }
    static Location atPointer(QString f, QString p)
    {
        Location loc;
        loc.file = std::move(f);
        loc.pointer = std::move(p);
        return loc;
    }

    bool isEmpty() const { return file.isEmpty() && line == 0 && pointer.isEmpty(); }
    // "file:line:column" or "file pointer", for messages.
    QString toString() const;
};

// A plain-language error with its location. Carried by Result<T>.
struct Error {
    QString message;
    Location location;

    Error() = default;
    explicit Error(QString msg, Location loc = {}) : message(std::move(msg)), location(std::move(loc)) {}

    // "file:line:column: message" (parts that are unknown are left out).
    QString toString() const;
};

// An expected-style result: either a value or an Error. No exceptions cross our APIs.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &std::get<0>(m_data); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Models
