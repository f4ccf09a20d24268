#include "expressions/evaluator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models::Expressions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expressions", text);
}

} // namespace

Result<ParsedDate> parseDate(const QString &text)
{
    // The runtime's strict ISO form: a date, optionally a time with seconds and fractions, and
    // optionally Z or an offset. A bare four-digit year is a date too.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        uR"(([0-9]{4})(?:-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?)?(Z|z|[+-][0-9]{2}:?[0-9]{2})?)?)"_s));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Error(tr("Unable to parse date \"%1\": Unknown format").arg(text));
    const auto invalid = [&] {
        return Error(tr("Unable to parse date \"%1\": Format was recognized, but the date/time is invalid").arg(text));
    };
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const int hour = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const int minute = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const int msec = m.captured(7).isEmpty() ? 0 : QString(m.captured(7) + u"00"_s).left(3).toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return invalid();
    ParsedDate parsed;
    qint64 offsetSecs = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty()) {
        parsed.hasTimeZone = true;
        if (zone != u"Z"_s && zone != u"z"_s) {
            QString digits = zone.mid(1);
            digits.remove(u':');
            const int oh = digits.left(2).toInt(), om = digits.mid(2).toInt();
            if (oh >= 24 || om >= 60)
                return invalid();
            offsetSecs = (oh * 3600 + om * 60) * (zone.startsWith(u'-') ? -1 : 1);
        }
    }
    const QDateTime dt(date, QTime(hour, minute, second, msec), Qt::UTC);
    parsed.offsetSeconds = int(offsetSecs);
    parsed.msecsUtc = dt.toMSecsSinceEpoch() - offsetSecs * 1000;
    return parsed;
}

namespace {

struct LocaleNames {
    QStringList monthsShort, monthsLong, daysShort, daysLong, daysNarrow;
    QString eraShort, eraLong, eraNarrow, am, pm, defaultFormat;
};

const LocaleNames &namesFor(const QString &language)
{
    static const LocaleNames nb{
        {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"mai"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"okt"_s, u"nov"_s, u"des"_s},
        {u"januar"_s, u"februar"_s, u"mars"_s, u"april"_s, u"mai"_s, u"juni"_s, u"juli"_s, u"august"_s, u"september"_s,
         u"oktober"_s, u"november"_s, u"desember"_s},
        {u"man"_s, u"tir"_s, u"ons"_s, u"tor"_s, u"fre"_s, u"lør"_s, u"søn"_s},
        {u"mandag"_s, u"tirsdag"_s, u"onsdag"_s, u"torsdag"_s, u"fredag"_s, u"lørdag"_s, u"søndag"_s},
        {u"M"_s, u"T"_s, u"O"_s, u"T"_s, u"F"_s, u"L"_s, u"S"_s},
        u"e.Kr."_s, u"etter Kristus"_s, u"e.Kr."_s, u"a.m."_s, u"p.m."_s, u"dd.MM.yyyy"_s};
    static const LocaleNames nn{
        nb.monthsShort, nb.monthsLong,
        {u"mån"_s, u"tys"_s, u"ons"_s, u"tor"_s, u"fre"_s, u"lau"_s, u"sun"_s},
        {u"måndag"_s, u"tysdag"_s, u"onsdag"_s, u"torsdag"_s, u"fredag"_s, u"laurdag"_s, u"sundag"_s},
        nb.daysNarrow, nb.eraShort, nb.eraLong, nb.eraNarrow, nb.am, nb.pm, nb.defaultFormat};
    static const LocaleNames en{
        {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s, u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s},
        {u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s, u"July"_s, u"August"_s, u"September"_s,
         u"October"_s, u"November"_s, u"December"_s},
        {u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s},
        {u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s, u"Saturday"_s, u"Sunday"_s},
        {u"M"_s, u"T"_s, u"W"_s, u"T"_s, u"F"_s, u"S"_s, u"S"_s},
        u"AD"_s, u"Anno Domini"_s, u"A"_s, u"AM"_s, u"PM"_s, u"M/d/yy"_s};
    if (language == u"en"_s)
        return en;
    if (language == u"nn"_s)
        return nn;
    return nb;
}

QString pad(qint64 n, int width)
{
    return QString::number(n).rightJustified(width, u'0');
}

} // namespace

QString formatDate(const ParsedDate &date, const QString &format, const QString &language)
{
    const LocaleNames &names = namesFor(language);
    const QString pattern = format.isEmpty() ? names.defaultFormat : format;
    // Shown in UTC, as the runtimes' shared tests assume.
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(date.msecsUtc, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    QString out;
    for (int i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            // Quoted literal text; '' is a single quote.
            int j = i + 1;
            if (j < pattern.size() && pattern.at(j) == u'\'') {
                out += u'\'';
                i += 2;
                continue;
            }
            while (j < pattern.size() && pattern.at(j) != u'\'')
                out += pattern.at(j++);
            i = j + 1;
            continue;
        }
        if (!c.isLetter()) {
            out += c;
            ++i;
            continue;
        }
        int n = 1;
        while (i + n < pattern.size() && pattern.at(i + n) == c)
            ++n;
        i += n;
        const int weekday = d.dayOfWeek() - 1;
        switch (c.unicode()) {
        case 'G': out += n == 4 ? names.eraLong : n == 5 ? names.eraNarrow : names.eraShort; break;
        case 'y': out += n == 2 ? pad(d.year() % 100, 2) : pad(d.year(), n); break;
        case 'u': out += pad(d.year(), n); break;
        case 'M':
        case 'L':
            out += n == 1 ? QString::number(d.month())
                 : n == 2 ? pad(d.month(), 2)
                 : n == 3 ? names.monthsShort.at(d.month() - 1)
                 : n == 4 ? names.monthsLong.at(d.month() - 1)
                          : names.monthsLong.at(d.month() - 1).left(1).toUpper();
            break;
        case 'd': out += pad(d.day(), n); break;
        case 'D': out += pad(d.dayOfYear(), n); break;
        case 'E':
        case 'e':
        case 'c':
            out += n <= 3 ? names.daysShort.at(weekday) : n == 4 ? names.daysLong.at(weekday) : names.daysNarrow.at(weekday);
            break;
        case 'a': out += t.hour() < 12 ? names.am : names.pm; break;
        case 'H': out += pad(t.hour(), n); break;
        case 'h': out += pad(t.hour() % 12 == 0 ? 12 : t.hour() % 12, n); break;
        case 'K': out += pad(t.hour() % 12, n); break;
        case 'k': out += pad(t.hour() == 0 ? 24 : t.hour(), n); break;
        case 'm': out += pad(t.minute(), n); break;
        case 's': out += pad(t.second(), n); break;
        case 'S': out += pad(t.msec(), 3).left(n).leftJustified(n, u'0'); break;
        default: out += QString(n, c); break;
        }
    }
    return out;
}

} // namespace Models::Expressions
