#include "componenttypes.h"

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// The types of the current layout schema (frontend 9), by name.
const QStringList &currentTypes()
{
    static const QStringList types{
        u"Accordion"_s, u"AccordionGroup"_s, u"ActionButton"_s, u"AddToList"_s, u"Address"_s, u"Alert"_s,
        u"AttachmentList"_s, u"Audio"_s, u"Button"_s, u"ButtonGroup"_s, u"Cards"_s, u"Checkboxes"_s, u"Custom"_s,
        u"CustomButton"_s, u"Date"_s, u"Datepicker"_s, u"Divider"_s, u"Dropdown"_s, u"FileUpload"_s,
        u"FileUploadWithTag"_s, u"Grid"_s, u"Group"_s, u"Heading"_s, u"IFrame"_s, u"Image"_s, u"ImageUpload"_s,
        u"Input"_s, u"InstanceInformation"_s, u"InstantiationButton"_s, u"Likert"_s, u"LikertItem"_s, u"Link"_s,
        u"List"_s, u"Map"_s, u"MultipleSelect"_s, u"NavigationBar"_s, u"NavigationButtons"_s, u"Number"_s,
        u"Option"_s, u"OrganizationLookup"_s, u"PDFPreviewButton"_s, u"Panel"_s, u"Paragraph"_s, u"Payment"_s,
        u"PaymentDetails"_s, u"PersonLookup"_s, u"PrintButton"_s, u"RadioButtons"_s, u"RepeatingGroup"_s,
        u"SigneeList"_s, u"SigningActions"_s, u"SigningDocumentList"_s, u"SimpleTable"_s, u"Subform"_s,
        u"Summary"_s, u"Summary2"_s, u"Tabs"_s, u"Text"_s, u"TextArea"_s, u"TimePicker"_s, u"Video"_s,
    };
    return types;
}

struct Rename {
    const char16_t *older;
    const char16_t *newer;
    int lastMajorWithOlder;  // the older name is the right one up to this frontend major
};

// Names that changed between frontend generations.
constexpr Rename renames[] = {
    {u"AddressComponent", u"Address", 3},
    {u"Header", u"Heading", 4},
    {u"OrganisationLookup", u"OrganizationLookup", 4},
};

} // namespace

QStringList ComponentTypes::knownTypes(int frontendMajor)
{
    QStringList out = currentTypes();
    for (const Rename &r : renames) {
        if (frontendMajor <= r.lastMajorWithOlder)
            out.append(QString::fromUtf16(r.older));
    }
    return out;
}

ComponentTypes::Knowledge ComponentTypes::classify(const QString &type, int frontendMajor, QString *suggestion)
{
    for (const Rename &r : renames) {
        if (type == r.older && frontendMajor > r.lastMajorWithOlder) {
            if (suggestion)
                *suggestion = QString::fromUtf16(r.newer);
            return Knowledge::OtherVersion;
        }
        if (type == r.newer && frontendMajor <= r.lastMajorWithOlder && frontendMajor < 4) {
            // Frontend 3 only knows the older names.
            if (suggestion)
                *suggestion = QString::fromUtf16(r.older);
            return Knowledge::OtherVersion;
        }
    }
    if (knownTypes(frontendMajor).contains(type))
        return Knowledge::Known;
    return Knowledge::Unknown;
}

bool ComponentTypes::isContainer(const QString &type)
{
    static const QStringList containers{u"Group"_s, u"RepeatingGroup"_s, u"Accordion"_s, u"AccordionGroup"_s,
                                        u"ButtonGroup"_s, u"Cards"_s, u"Tabs"_s, u"Grid"_s, u"Likert"_s};
    return containers.contains(type);
}

} // namespace Models
