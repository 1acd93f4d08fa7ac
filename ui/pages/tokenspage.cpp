#include "tokenspage.h"

#include "apiclient.h"
#include "apilimits.h"
#include "appcontext.h"
#include "errorpanel.h"
#include "focuschain.h"
#include "formscroll.h"
#include "pageheader.h"
#include "policypicker.h"
#include "resultview.h"
#include "sessiontokensmodel.h"
#include "tokenstablemodel.h"
#include "userpicker.h"
#include "wrappedlabel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kPageSizeKey = QStringLiteral("tokens/pageSize");
const QString kDetailsWidthKey = QStringLiteral("tokens/detailsWidth");
// "tokens/header" held the widths from before the User column was widened (every start saved them, as the
// last column stretches): a new key lets the new widths apply. Only the user's changes are saved now.
const QString kHeaderKey = QStringLiteral("tokens/columns");
const QString kOldHeaderKey = QStringLiteral("tokens/header");
// Set once the user sizes or moves a column: from then on the saved widths are theirs. A sort is saved
// in the header too, and must not end the fitting of the widths.
const QString kColumnsSizedKey = QStringLiteral("tokens/columnsSized");

// State and origin cells as rounded badges (the model's background and text colours), so colour and word
// come together and the selection highlight stays visible around them.
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kPadding = 18; // inside the badge, both sides
    static constexpr int kMargin = 8;   // between the badge and the cell's edges, both sides

    // The badges' text is a little smaller than the table's, and heavier.
    static QFont badgeFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.92);
        font.setWeight(QFont::DemiBold);
        return font;
    }
    // The width a cell needs to show `text` as a badge.
    static int cellWidth(const QFont& tableFont, const QString& text)
    {
        return QFontMetrics(badgeFont(tableFont)).horizontalAdvance(text) + kPadding + kMargin;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QVariant background = index.data(Qt::BackgroundRole);
        if (text.isEmpty() || !background.canConvert<QColor>())
            return QStyledItemDelegate::paint(painter, option, index);

        // The cell itself (selection, focus) without its text and fill.
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        cell.text.clear();
        cell.backgroundBrush = Qt::NoBrush;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

        const QFont font = badgeFont(option.font);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 4;
        const int width = std::min(metrics.horizontalAdvance(text) + kPadding, option.rect.width() - kMargin);
        // Centred unless the model asks for another alignment (the origin badge sits on the left).
        const auto alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
        const int left =
            alignment & Qt::AlignLeft ? option.rect.left() + 4 : option.rect.center().x() - width / 2;
        const QRect badge(left, option.rect.center().y() - height / 2 + 1, width, height);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(background.value<QColor>());
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->setPen(index.data(Qt::ForegroundRole).value<QColor>());
        painter->drawText(badge, Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, badge.width() - 10));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // What paint() draws: the badge's font, padding and margins (the columns are sized with it too).
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty() && index.data(Qt::BackgroundRole).canConvert<QColor>())
            size.setWidth(cellWidth(option.font, text));
        return size;
    }
};

// An address cut in its middle keeps its domain and the start of the name: "chloe.dub…@acme.example".
class MiddleElideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

// W3's `sort` parameter ("expireAt:asc"), or empty for a column the server cannot sort by.
QString sortParameter(int column, Qt::SortOrder order)
{
    const QString field = TokensTableModel::serverSortField(column);
    if (field.isEmpty())
        return {};
    return field + (order == Qt::DescendingOrder ? QStringLiteral(":desc") : QStringLiteral(":asc"));
}

QLabel* caption(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TokensPage::TokensPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TokensTableModel(this))
    , m_user(new UserPicker)
    , m_policy(new PolicyPicker)
    , m_showDeleted(new QCheckBox(tr("Show &deleted")))
    , m_refresh(new QPushButton(tr("R&efresh")))
    , m_error(new ErrorPanel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTableView)
    , m_empty(new WrappedLabel)
    , m_side(new QWidget)
    , m_closeDetails(new QToolButton)
    , m_result(new ResultView)
    , m_busy(new QProgressBar)
    , m_loading(new QLabel)
    , m_pageLabel(new QLabel)
    , m_pageSize(new QComboBox)
    , m_previous(new QPushButton(tr("&Previous")))
    , m_next(new QPushButton(tr("&Next")))
{
    setObjectName(QStringLiteral("tokensPage"));
    setAccessibleName(tr("Tokens"));

    auto* pageHeader = new PageHeader(
        tr("Tokens"), tr("The organization's Windows enrollment tokens, and every token created in this "
                         "session. Select a token to see its link, code and QR code."));

    auto* filters = new QWidget;
    buildFilterBar(filters);

    m_error->setObjectName(QStringLiteral("tokensError"));
    m_error->setAccessibleName(tr("Why the list could not be loaded"));

    m_table->setObjectName(QStringLiteral("tokensTable"));
    m_table->setAccessibleName(tr("Windows enrollment tokens"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    auto* badges = new BadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(TokensTableModel::StateColumn, badges);
    m_table->setItemDelegateForColumn(TokensTableModel::SessionColumn, badges);
    m_table->setItemDelegateForColumn(TokensTableModel::UserColumn, new MiddleElideDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("tokensHeader"));
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from what the columns hold in this locale: a date and time, "· in 23 h", the badges.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2030, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const auto titleWidth = [header, this](int column) {
        return header->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal).toString());
    };
    // Whom a token is for matters most: a typical address in full, after a session token's star.
    const int starWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    m_naturalWidths[TokensTableModel::UserColumn] =
        metrics.horizontalAdvance(QStringLiteral("firstname.lastname@example.com")) + starWidth + em;
    m_naturalWidths[TokensTableModel::DisplayNameColumn] =
        std::max(8 * em, titleWidth(TokensTableModel::DisplayNameColumn) + em);
    // The widest state badge in this language or the column's title.
    int stateWidth = titleWidth(TokensTableModel::StateColumn) + 2 * em;
    for (const QString& state : Limits::tokenStates())
        stateWidth =
            std::max(stateWidth, BadgeDelegate::cellWidth(m_table->font(), ResultView::stateText(state)));
    m_naturalWidths[TokensTableModel::StateColumn] = stateWidth;
    QFont bold = m_table->font();
    bold.setBold(true); // "soon" is bold
    m_naturalWidths[TokensTableModel::ExpiresColumn] =
        QFontMetrics(bold).horizontalAdvance(tr("%1 · in %2").arg(sampleTime, tr("%n h", "time left", 23))) +
        em;
    m_naturalWidths[TokensTableModel::PoliciesColumn] =
        std::max(8 * em, titleWidth(TokensTableModel::PoliciesColumn) + em);
    m_naturalWidths[TokensTableModel::CreatedColumn] = metrics.horizontalAdvance(sampleTime) + em;
    // The badge's own font and padding: the table's font measured it too narrow.
    m_naturalWidths[TokensTableModel::SessionColumn] =
        BadgeDelegate::cellWidth(m_table->font(), tr("This session · Android"));
    // Before the table scrolls sideways (long titles and dates: German, Russian; the details beside it),
    // the display name and the policies give up room down to their titles, then down to five
    // characters (their titles elide; the header's tooltip has them), then, if that makes them fit, the
    // user's column down to a shorter address, which it elides in the middle.
    m_columnGivers = {
        {{TokensTableModel::DisplayNameColumn,
          std::max(titleWidth(TokensTableModel::DisplayNameColumn) + em, 5 * em)},
         {TokensTableModel::PoliciesColumn,
          std::max(titleWidth(TokensTableModel::PoliciesColumn) + em, 5 * em)}},
        {{TokensTableModel::DisplayNameColumn, 5 * em}, {TokensTableModel::PoliciesColumn, 5 * em}},
        {{TokensTableModel::UserColumn,
          metrics.horizontalAdvance(QStringLiteral("first.last@example.com")) + starWidth + em}},
    };
    m_fittingColumns = true;
    for (int column = 0; column < TokensTableModel::ColumnCount; ++column)
        header->resizeSection(column, m_naturalWidths[column]);
    m_fittingColumns = false;
    // The server sorts the whole list by creation, newest first; a click on a header sorts again.
    header->setSortIndicator(TokensTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setParent(m_table->viewport());
    m_table->viewport()->installEventFilter(this);

    m_result->setObjectName(QStringLiteral("tokenResultView"));
    m_result->setAccessibleName(tr("Selected token"));
    m_result->setClient(context->client());
    m_result->setCreateAnotherVisible(false);
    // The result view is dense: it scrolls rather than squeezing the table.
    QScrollArea* resultScroll = formScrollArea(m_result, tr("Token details"));
    resultScroll->setObjectName(QStringLiteral("tokenResultScroll"));
    m_resultViewport = resultScroll->viewport();
    m_resultViewport->installEventFilter(this);
    m_closeDetails->setObjectName(QStringLiteral("closeDetailsButton"));
    m_closeDetails->setAccessibleName(tr("Close the token details"));
    m_closeDetails->setToolTip(tr("Close the token details (Esc)"));
    m_closeDetails->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeDetails->setAutoRaise(true);
    auto* detailsTitle = new QLabel(tr("Token details"));
    detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    detailsTitle->setForegroundRole(QPalette::PlaceholderText);
    auto* detailsHeader = new QHBoxLayout;
    detailsHeader->setContentsMargins(8, 0, 0, 0);
    detailsHeader->addWidget(detailsTitle);
    detailsHeader->addStretch();
    detailsHeader->addWidget(m_closeDetails);
    m_side->setObjectName(QStringLiteral("tokenDetails"));
    auto* sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    sideLayout->addLayout(detailsHeader);
    sideLayout->addWidget(resultScroll, 1);
    m_side->setMinimumWidth(280);
    m_side->setVisible(false); // until a token is selected: the table gets the whole width

    m_splitter->setObjectName(QStringLiteral("tokensSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);

    auto* pager = new QWidget;
    buildPager(pager);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeader);
    layout->addWidget(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(pager);

    m_refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    m_refreshShortcut->setContext(Qt::WindowShortcut);
    connect(m_refreshShortcut, &QShortcut::activated, this, &TokensPage::refresh);

    QSettings* settings = context->settings();
    if (settings->contains(kOldHeaderKey)) // once, not a settings write at every start
        settings->remove(kOldHeaderKey);
    header->restoreState(settings->value(kHeaderKey).toByteArray());
    // The user's own widths, once a column has been sized or moved, are kept as they are.
    m_columnsFitted = !settings->value(kColumnsSizedKey).toBool();
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_context->settings()->setValue(kDetailsWidthKey, m_side->width()); });
    m_closeDetailsShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_closeDetailsShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_closeDetailsShortcut, &QShortcut::activated, this, &TokensPage::closeDetails);
    connect(m_closeDetails, &QToolButton::clicked, this, &TokensPage::closeDetails);
    const auto saveHeader = [this] {
        m_context->settings()->setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    };
    const auto keepUsersColumns = [this, saveHeader] {
        m_columnsFitted = false;
        m_context->settings()->setValue(kColumnsSizedKey, true);
        saveHeader();
    };
    // The stretched last column follows the window, not the user: saving its every resize froze the
    // computed widths (font, language, date format) at the first start.
    connect(header, &QHeaderView::sectionResized, this, [this, header, keepUsersColumns](int logicalIndex) {
        if (!m_fittingColumns && header->visualIndex(logicalIndex) != header->count() - 1)
            keepUsersColumns();
    });
    connect(header, &QHeaderView::sectionMoved, this, keepUsersColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        const QString sort = sortParameter(column, order);
        if (sort.isEmpty())
            return; // sorted on this page only (by the model)
        m_query.sort = sort;
        m_query.page = 1;
        requestLoad();
    });
    // The restored header may sort by a column the server cannot sort by: then the server's default order.
    m_query.sort = sortParameter(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (m_query.sort.isEmpty())
        m_query.sort = sortParameter(TokensTableModel::CreatedColumn, Qt::DescendingOrder);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TokensPage::selectionChanged);
    // A row is shown once it is both current and selected, whichever comes last (selectRow() moves the
    // current row first; after Esc the row stays current, unselected, until a click or Space).
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPage::selectionChanged);
    connect(m_refresh, &QPushButton::clicked, this, &TokensPage::refresh);
    connect(m_error, &ErrorPanel::actionTriggered, this, &TokensPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPage::updateEmptyState);

    SessionTokensModel* session = context->sessionTokens();
    connect(session, &QAbstractItemModel::rowsInserted, this, &TokensPage::syncSessionTokens);
    connect(session, &QAbstractItemModel::rowsRemoved, this, &TokensPage::syncSessionTokens);
    connect(session, &QAbstractItemModel::rowsMoved, this, &TokensPage::syncSessionTokens);
    connect(session, &QAbstractItemModel::dataChanged, this, &TokensPage::syncSessionTokens);
    connect(session, &QAbstractItemModel::modelReset, this, &TokensPage::syncSessionTokens);

    connect(context, &AppContext::connectionChanged, this, &TokensPage::connectionChanged);
    connect(context, &AppContext::keyStateChanged, this, [this](AppContext::KeyState state) {
        // The key arrives after the profile switch; only then can the list be asked for.
        if (state == AppContext::KeyState::Present || state == AppContext::KeyState::SessionOnly)
            m_policy->reload();
        if (state != AppContext::KeyState::Unknown)
            requestLoad();
    });

    m_organizations = {context->activeProfile().organization};
    m_model->setOrganizations(m_organizations);
    syncSessionTokens();
    updatePager();
    updateEmptyState();
}

TokensPage::~TokensPage()
{
    // The cancelled call answers at once; the moved generation makes finished() ignore it.
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void TokensPage::buildFilterBar(QWidget* bar)
{
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setAccessibleName(tr("Only the tokens of this user"));
    m_user->setToolTip(tr("Show only the tokens of this user; empty shows everyone's"));
    m_user->setClient(m_context->client());
    // Room for the hint ("Type part of a name or e-mail…") and most addresses.
    m_user->setMinimumWidth(m_user->fontMetrics().horizontalAdvance(u'M') * 18);

    m_policy->setObjectName(QStringLiteral("policyFilter"));
    m_policy->setAccessibleName(tr("Only the tokens with this policy"));
    m_policy->setToolTip(tr("Show only the tokens that have this policy, as primary policy or assigned"));
    m_policy->setClient(m_context->client(), Platform::Windows);
    m_policy->installEventFilter(this);
    labelAllPolicies();

    m_showDeleted->setObjectName(QStringLiteral("showDeleted"));
    m_showDeleted->setAccessibleName(tr("Show deleted tokens"));
    m_showDeleted->setToolTip(tr("Also list the tokens that were revoked"));

    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_refresh->setToolTip(tr("Load the list again (F5)"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(caption(tr("&User:"), m_user));
    layout->addWidget(m_user, 3);
    layout->addSpacing(8);
    layout->addWidget(caption(tr("P&olicy:"), m_policy));
    layout->addWidget(m_policy, 2);
    layout->addSpacing(8);
    layout->addWidget(m_showDeleted);
    layout->addStretch(1);
    layout->addWidget(m_refresh);

    connect(m_user, &UserPicker::userChanged, this, [this] {
        if (m_settingFilters)
            return;
        m_query.mdmUserId = m_user->userId();
        m_query.page = 1;
        requestLoad();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingFilters || m_query.policyId == m_policy->policyId())
            return;
        m_query.policyId = m_policy->policyId();
        m_query.page = 1;
        requestLoad();
    });
    connect(m_policy, &PolicyPicker::policiesChanged, this, [this](const QList<Policy>& policies) {
        labelAllPolicies();
        m_windowsPolicyNames.clear();
        for (const Policy& policy : policies)
            m_windowsPolicyNames.insert(policy.id, policy.name);
        applyPolicyNames();
    });
    connect(m_showDeleted, &QCheckBox::toggled, this, &TokensPage::setShowDeleted);
}

void TokensPage::buildPager(QWidget* bar)
{
    m_busy->setObjectName(QStringLiteral("loadingIndicator"));
    m_busy->setAccessibleName(tr("Loading the list"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 4);
    m_busy->setVisible(false);
    m_loading->setObjectName(QStringLiteral("loadingLabel"));
    m_loading->setForegroundRole(QPalette::PlaceholderText);

    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setAccessibleDescription(tr("Page and number of tokens")); // its text is read as its name

    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Tokens per page"));
    m_pageSize->setToolTip(tr("How many tokens each page lists"));
    for (int size : pageSizes())
        m_pageSize->addItem(QLocale().toString(size), size);
    const int saved = m_context->settings()->value(kPageSizeKey, 20).toInt();
    const int savedIndex = m_pageSize->findData(saved);
    m_pageSize->setCurrentIndex(savedIndex >= 0 ? savedIndex : m_pageSize->findData(20));
    m_query.limit = m_pageSize->currentData().toInt();

    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_next->setAccessibleName(tr("Next page"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setLayoutDirection(Qt::RightToLeft); // the arrow after the word

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_loading);
    layout->addStretch(1);
    layout->addWidget(m_pageLabel);
    layout->addSpacing(12);
    layout->addWidget(caption(tr("Per p&age:"), m_pageSize));
    layout->addWidget(m_pageSize);
    layout->addSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);

    connect(m_previous, &QPushButton::clicked, this, &TokensPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &TokensPage::nextPage);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this] { setPageSize(m_pageSize->currentData().toInt()); });
}

QList<int> TokensPage::pageSizes()
{
    return {10, 20, 50, 100};
}

void TokensPage::filterByUser(const QString& userId)
{
    m_settingFilters = true;
    if (userId.isEmpty()) {
        m_user->clear();
    } else {
        // The picker shows an e-mail when a listed or session token tells it; else the id.
        MdmUser user;
        user.id = userId;
        const auto sameUser = [&userId](const EnrollmentToken& token) {
            return token.userId.compare(userId, Qt::CaseInsensitive) == 0 && !token.userEmail.isEmpty();
        };
        for (int row = 0; row < m_model->rowCount() && user.email.isEmpty(); ++row) {
            if (sameUser(m_model->tokenAt(row)))
                user.email = m_model->tokenAt(row).userEmail;
        }
        SessionTokensModel* session = m_context->sessionTokens();
        for (int row = 0; row < session->count() && user.email.isEmpty(); ++row) {
            if (sameUser(session->tokenAt(row)))
                user.email = session->tokenAt(row).userEmail;
        }
        if (user.email.isEmpty())
            m_user->setUserId(userId);
        else
            m_user->setUser(user);
    }
    m_settingFilters = false;
    m_query.mdmUserId = userId;
    m_query.page = 1;
    requestLoad();
}

void TokensPage::setShowDeleted(bool show)
{
    if (m_showDeleted->isChecked() != show)
        m_showDeleted->setChecked(show); // comes back here through toggled
    if (m_query.showDeleted == show)
        return;
    m_query.showDeleted = show;
    m_query.page = 1;
    requestLoad();
}

void TokensPage::setPageSize(int size)
{
    const int index = m_pageSize->findData(size);
    if (index < 0)
        return;
    if (m_pageSize->currentIndex() != index)
        m_pageSize->setCurrentIndex(index); // comes back here
    if (m_query.limit == size)
        return;
    // Stay near the same tokens: the first one of the current page stays on screen.
    const int first = (m_query.page - 1) * m_query.limit;
    m_query.limit = size;
    m_query.page = first / size + 1;
    m_context->settings()->setValue(kPageSizeKey, size);
    requestLoad();
}

QList<PageCommand> TokensPage::commands() const
{
    // The column headers sort by mouse only (a header takes no keyboard focus): the same from the menu.
    const PageCommand sortBy{tr("Sor&t by…"),
                             {},
                             [this] { return m_table->isVisible(); },
                             [self = const_cast<TokensPage*>(this)] { self->showSortMenu(); }};
    return QList<PageCommand>{PageCommand::clicking(tr("&Refresh"), m_refresh, m_refreshShortcut->key()),
                              sortBy, PageCommand::separator()} +
           m_result->commands() +
           QList<PageCommand>{
               PageCommand::separator(),
               PageCommand::clicking(tr("Close &details"), m_closeDetails, m_closeDetailsShortcut->key())};
}

QMenu* TokensPage::showSortMenu()
{
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sortMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto* columns = new QActionGroup(menu);
    // Sorted by no column shown (none, or a hidden one): an order chosen first applies to Created.
    const int sorted =
        header->sortIndicatorSection() >= 0 && !header->isSectionHidden(header->sortIndicatorSection())
            ? header->sortIndicatorSection()
            : int(TokensTableModel::CreatedColumn);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(column == sorted);
        action->setData(column);
        columns->addAction(action);
    }
    menu->addSeparator();
    auto* orders = new QActionGroup(menu);
    QAction* ascending = menu->addAction(tr("&Ascending"));
    QAction* descending = menu->addAction(tr("&Descending"));
    for (QAction* action : {ascending, descending}) {
        action->setCheckable(true);
        orders->addAction(action);
    }
    (header->sortIndicatorOrder() == Qt::DescendingOrder ? descending : ascending)->setChecked(true);
    // Sorts as a click on the header would (the server's order where it can sort by the column).
    connect(menu, &QMenu::triggered, this, [header, columns, descending](QAction*) {
        if (const QAction* column = columns->checkedAction())
            header->setSortIndicator(column->data().toInt(),
                                     descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    menu->popup(m_table->viewport()->mapToGlobal(QPoint(0, 0)));
    return menu;
}

void TokensPage::refresh()
{
    m_stale = true;
    load();
}

int TokensPage::pagerPage() const
{
    // While a page loads, Next and Previous go on from the page asked for: pressed twice, Next moves two
    // pages, and the buttons stay enabled (a button disabled under the focus passes it to another
    // widget, where the next Space would land).
    return isLoading() ? m_query.page : m_page;
}

void TokensPage::nextPage()
{
    if (pagerPage() >= m_totalPages)
        return;
    m_query.page = pagerPage() + 1;
    load();
}

void TokensPage::previousPage()
{
    if (pagerPage() <= 1)
        return;
    m_query.page = pagerPage() - 1;
    load();
}

void TokensPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_context->keyState() != AppContext::KeyState::Unknown)
        load();
}

void TokensPage::requestLoad()
{
    // A hidden page waits until it is shown: no request for a list nobody looks at.
    m_stale = true;
    if (isVisible())
        load();
}

void TokensPage::load()
{
    // The newest request wins: the one in flight is cancelled and its answer ignored.
    // The generation moves first: the cancelled call answers at once, and that answer must be ignored.
    const quint64 generation = ++m_generation;
    if (m_call)
        m_call->cancel();
    m_stale = false;
    m_call = m_context->client()->listWindowsTokens(
        m_query, this,
        [this, generation](const ApiResult<Page<EnrollmentToken>>& result) { finished(generation, result); });
    const bool busy = m_call && !m_call->isFinished();
    m_busy->setVisible(busy);
    m_loading->setText(busy ? tr("Loading…") : QString());
    updatePager();
    updateEmptyState();
}

void TokensPage::finished(quint64 generation, const ApiResult<Page<EnrollmentToken>>& result)
{
    if (generation != m_generation)
        return; // superseded
    m_call.clear();
    m_busy->setVisible(false);
    m_loading->clear();
    if (!result.ok() && result.error.kind() == ApiError::Kind::Cancelled) {
        updatePager();
        Q_EMIT loadFinished(false);
        return;
    }
    if (!result.ok()) {
        // The rows stay: an old list is more useful than none while the problem is fixed.
        m_error->showMessage(m_context->errorMessage(result.error), result.error.technicalDetails());
        if (result.error.kind() != ApiError::Kind::MissingKey)
            m_error->setAction(tr("Try again"));
        updatePager();
        updateEmptyState();
        Q_EMIT loadFinished(false);
        return;
    }
    m_error->clear();
    const Page<EnrollmentToken>& page = result.value;
    for (const EnrollmentToken& token : page.items) {
        if (!token.organizationId.isEmpty() && !m_organizations.contains(token.organizationId)) {
            m_organizations << token.organizationId;
            m_model->setOrganizations(m_organizations);
        }
    }
    // The list shrank (tokens revoked elsewhere) and the page asked for is past its end now: its last
    // page, rather than "Page 5 of 4" over a table that says there are no tokens.
    if (page.items.isEmpty() && m_query.page > 1 && m_query.page > page.totalPages) {
        m_query.page = std::max(1, page.totalPages);
        load();
        return;
    }
    m_loadedOnce = true;
    m_page = page.page; // the page asked for, when the answer leaves the number out (ApiClient)
    m_totalPages = page.totalPages;
    m_totalTokens = page.totalDocs;
    m_query.page = m_page;
    const QString selected = selectedToken().id;
    m_model->setServerPage(m_query, page.items);
    restoreSelection(selected);
    // This session's tokens seen on this page: the first page's session group shows them as listed now
    // (enrolled, revoked), not as they were created.
    // (Its one change signal syncs this page's session group.)
    m_context->sessionTokens()->updateStates(page.items,
                                             SessionTokensModel::placeOf(m_context->activeProfile()));
    updatePager();
    Q_EMIT loadFinished(true);
}

void TokensPage::connectionChanged()
{
    // Another server or organization: nothing of the old list applies, filters included.
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_busy->setVisible(false);
    m_loading->clear();
    m_error->clear();
    m_settingFilters = true;
    m_user->clear();
    m_policy->setPolicyId(QString());
    m_policy->dropListOfAnotherConnection();
    m_settingFilters = false;
    m_query.mdmUserId.clear();
    m_query.policyId = m_policy->policyId();
    m_query.page = 1;
    m_organizations = {m_context->activeProfile().organization};
    m_model->setOrganizations(m_organizations);
    m_model->clear();
    syncSessionTokens(); // the new place's
    m_loadedOnce = false;
    m_page = 1;
    m_totalPages = 0;
    m_totalTokens = 0;
    closeDetails();
    m_stale = true;
    updatePager();
    updateEmptyState();
}

void TokensPage::syncSessionTokens()
{
    // Those created where this page lists: a token's organization id alone cannot tell (a profile may
    // name its organization by slug, and the sandbox and production can share ids).
    SessionTokensModel* session = m_context->sessionTokens();
    const QString here = SessionTokensModel::placeOf(m_context->activeProfile());
    QList<EnrollmentToken> tokens;
    for (int row = 0; row < session->count(); ++row) {
        if (session->placeAt(row) == here)
            tokens << session->tokenAt(row);
    }
    const QString selected = selectedToken().id;
    applyPolicyNames(); // first, so the new rows show names at once
    m_model->setSessionTokens(tokens);
    restoreSelection(selected);
}

void TokensPage::applyPolicyNames()
{
    // The list shows Windows tokens, whose policies the filter's picker names; this session's tokens (the
    // Android ones have no list here) carry the names their create page knew.
    QHash<QString, QString> names = m_context->sessionTokens()->policyNames();
    names.insert(m_windowsPolicyNames);
    m_model->setPolicyNames(names);
    m_result->setPolicyNames(names);
}

void TokensPage::restoreSelection(const QString& tokenId)
{
    const int row = m_model->rowOfToken(tokenId);
    if (row < 0) {
        // Gone from the list (another page, filter or connection): its details would be out of context. A
        // token opened from elsewhere (showToken) stays.
        if (m_detailsFromList)
            closeDetails();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
}

void TokensPage::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return;
    const EnrollmentToken token = m_model->tokenAt(current.row());
    const EnrollmentToken shown = m_result->token();
    // A reload reselects the same row: show it again only when it changed (an Android QR is downloaded).
    const bool same = m_result->hasToken() && shown.id == token.id && shown.state == token.state &&
                      shown.updatedAt == token.updatedAt && shown.expireAt == token.expireAt;
    if (!same) {
        m_result->setOrigin(QString()); // a row of this list
        m_result->showToken(token);
    }
    m_detailsFromList = true;
    showDetails();
}

void TokensPage::showDetails()
{
    if (m_side->isHidden()) {
        m_side->setVisible(true);
        // The width the admin left it at, else what the result view asks for.
        const int total = m_splitter->width() - m_splitter->handleWidth();
        const int wanted = m_context->settings()->value(kDetailsWidthKey, detailsWidthNeeded()).toInt();
        const int width = std::clamp(wanted, m_side->minimumWidth(), detailsWidthLimit());
        m_splitter->setSizes({total - width, width});
    }
    // The result view's size hint follows its new content only once its layouts have run.
    QMetaObject::invokeMethod(this, &TokensPage::fitDetails, Qt::QueuedConnection);
}

void TokensPage::fitDetails()
{
    // A wider token (a long Android code): make room rather than scroll, within the same limit.
    const int needed = detailsWidthNeeded();
    if (m_side->isHidden() || m_side->width() >= needed || m_side->width() >= detailsWidthLimit())
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int width = std::min(needed, detailsWidthLimit());
    m_splitter->setSizes({total - width, width});
}

int TokensPage::detailsWidthNeeded() const
{
    return m_result->sizeHint().width() + m_side->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

int TokensPage::detailsWidthLimit() const
{
    // The side panel never takes much more than half: the list stays the main thing.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    return std::max(m_side->minimumWidth(), total * 11 / 20);
}

void TokensPage::closeDetails()
{
    m_detailsFromList = false;
    // The row stays current, so that the arrows go on from it. Focus in the panel goes back to the table
    // rather than to whatever follows it; focus elsewhere (the filter, after a reload) stays there.
    const bool focusInDetails = m_side->isAncestorOf(QApplication::focusWidget());
    m_table->clearSelection();
    m_result->clear();
    m_side->setVisible(false);
    if (focusInDetails)
        m_table->setFocus(Qt::OtherFocusReason);
}

void TokensPage::focusShownToken()
{
    if (m_table->selectionModel()->hasSelection())
        m_table->setFocus(Qt::OtherFocusReason);
    else
        focusFirstTabStop(m_side);
}

bool TokensPage::isDetailsVisible() const
{
    return !m_side->isHidden();
}

void TokensPage::showToken(const EnrollmentToken& token, const QString& origin)
{
    const int row = m_model->rowOfToken(token.id);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
        selectionChanged();
        return;
    }
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_result->setOrigin(origin);
    m_result->showToken(token);
    m_detailsFromList = false;
    showDetails();
}

EnrollmentToken TokensPage::selectedToken() const
{
    return m_result->hasToken() ? m_result->token() : EnrollmentToken{};
}

void TokensPage::updatePager()
{
    if (m_totalPages > 0) {
        QString text = tr("Page %1 of %2 · %3")
                           .arg(QLocale().toString(m_page), QLocale().toString(m_totalPages),
                                tr("%n token(s)", nullptr, m_totalTokens));
        const int fromSession = m_model->sessionGroupCount();
        if (fromSession > 0)
            text += tr(" · %n from this session", nullptr, fromSession);
        m_pageLabel->setText(text);
    } else {
        m_pageLabel->setText(m_loadedOnce ? tr("No tokens") : QString());
    }
    const int from = pagerPage();
    m_previous->setEnabled(from > 1);
    m_next->setEnabled(from < m_totalPages);
    m_previous->setToolTip(from > 1 ? tr("Go to page %1").arg(from - 1) : QString());
    m_next->setToolTip(from < m_totalPages ? tr("Go to page %1").arg(from + 1) : QString());
}

void TokensPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    const bool filtered = !m_query.mdmUserId.isEmpty() || !m_query.policyId.isEmpty();
    if (!m_loadedOnce)
        m_empty->setText(isLoading() ? tr("Loading the tokens…") : QString());
    else if (filtered)
        m_empty->setText(tr("No token matches these filters."));
    else
        m_empty->setText(tr("No Windows tokens yet. Tokens you create appear here."));
    placeEmptyLabel();
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void TokensPage::placeEmptyLabel()
{
    const QRect area = m_table->viewport()->rect();
    m_empty->setGeometry(area.adjusted(24, 24, -24, -24));
}

void TokensPage::fitColumns()
{
    if (!m_columnsFitted)
        return;
    std::array<int, TokensTableModel::ColumnCount> widths = m_naturalWidths;
    int excess = -m_table->viewport()->width();
    for (int width : widths)
        excess += width;
    for (qsizetype stage = 0; stage < m_columnGivers.size(); ++stage) {
        const QList<ColumnGiver>& givers = m_columnGivers.at(stage);
        if (excess <= 0)
            break;
        int room = 0;
        for (const ColumnGiver& giver : givers)
            room += std::max(0, widths[giver.column] - giver.floor);
        // Addresses are cut only when that makes every column fit: not when the table scrolls anyway.
        if (stage == m_columnGivers.size() - 1 && room < excess)
            break;
        const int cut = std::min(excess, room);
        // In proportion to each column's room; the last takes the rounding, within its own room.
        int left = cut;
        for (qsizetype i = 0; i < givers.size() && room > 0; ++i) {
            const int own = std::max(0, widths[givers[i].column] - givers[i].floor);
            const int share = i + 1 == givers.size() ? std::min(left, own) : cut * own / room;
            widths[givers[i].column] -= share;
            left -= share;
        }
        excess -= cut - left;
    }
    QHeaderView* header = m_table->horizontalHeader();
    m_fittingColumns = true;
    for (int column = 0; column < TokensTableModel::SessionColumn; ++column)
        header->resizeSection(column, widths[column]); // the last one stretches
    m_fittingColumns = false;
}

void TokensPage::labelAllPolicies()
{
    // The picker's first entry means "no primary policy" on a form; as a filter it means every policy.
    if (m_policy->count() == 0)
        return;
    m_policy->setItemText(0, tr("All policies"));
    m_policy->setItemData(0, tr("Tokens with any policy, or none"), Qt::ToolTipRole);
}

bool TokensPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_policy && event->type() == QEvent::LanguageChange) {
        // The picker renames its first entry after this filter has run: rename it back afterwards.
        QMetaObject::invokeMethod(this, &TokensPage::labelAllPolicies, Qt::QueuedConnection);
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        placeEmptyLabel();
        fitColumns();
    }
    if (watched == m_resultViewport && event->type() == QEvent::Resize)
        m_result->setAvailableWidth(m_resultViewport->width());
    return QWidget::eventFilter(watched, event);
}
