#include "appfont.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>

namespace {

// Follows the platform's font: Qt stops updating an application font that was set explicitly.
class ThemeFontFollower final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ThemeChange) {
            const QFont font = AppFont::unshapedSystemFont();
            if (font != QApplication::font())
                QApplication::setFont(font);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

namespace AppFont {

QFont unshapedSystemFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

void install()
{
    QApplication::setFont(unshapedSystemFont());
    qApp->installEventFilter(new ThemeFontFollower(qApp));
}

QFont shapedFont(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() & ~QFont::PreferNoShaping));
    return font;
}

} // namespace AppFont
