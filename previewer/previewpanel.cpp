#include "previewpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Previewer {

PreviewPanel::PreviewPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The live preview is not available in this version. "
                                "It will show the form in every language as citizens see it."), this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

} // namespace Previewer
