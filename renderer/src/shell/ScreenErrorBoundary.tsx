import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * A screen that fails while drawing shows what happened in Vietnamese and a way back, instead of
 * leaving a blank window; the rest of the app (menu, other screens) keeps working.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The browser console (and, in the desktop app, the log) keeps the details for support.
    console.error('Màn hình gặp lỗi khi hiển thị', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="Màn hình này gặp lỗi khi hiển thị"
        subTitle="Dữ liệu của bạn không bị ảnh hưởng. Hãy bấm “Tải lại” để mở lại màn hình; nếu vẫn lỗi, hãy chọn mục khác ở bên trái và báo cho bộ phận kỹ thuật."
        extra={
          <Button type="primary" onClick={() => this.setState({ error: null })}>
            Tải lại
          </Button>
        }
      />
    );
  }
}
