#pragma once

#include <QWidget>

namespace Previewer {

// The preview of the form as citizens see it. The form engine and the WebEngine view are
// not part of this version; the panel tells the user so instead of showing a fake preview.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget *parent = nullptr);
};

} // namespace Previewer
