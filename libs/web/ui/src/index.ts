import './lib/shell.css';

export { AppShell, type AppShellProps, type NavItem } from './lib/app-shell';
export { ErrorAlert } from './lib/error-alert';
export { ErrorBoundary } from './lib/error-boundary';
export { LanguageSwitch } from './lib/language-switch';
export { NotFoundPage } from './lib/not-found-page';
export { Pagination } from './lib/pagination';
export { usePageTitle } from './lib/page-title';
export { UserMenu, type UserMenuProps } from './lib/user-menu';
export { ScrollTable } from './lib/scroll-table';
export { useUrlFilters } from './lib/url-filters';
export { addDays, copenhagenDate, copenhagenInstant, formatDateTime, formatDay, formatTime } from './lib/date-time';
export { MessageList, STAFF_TEXT_LANGUAGE, type ThreadMessage } from './lib/message-list';
export { AccessibilityStatementPage, ACCESSIBILITY_STATEMENT_PATH } from './lib/accessibility-statement-page';
export { FieldErrorsAlert } from './lib/field-errors-alert';
export { FormFieldset, FormGroup } from './lib/form-group';
export { downloadFile } from './lib/download-file';
