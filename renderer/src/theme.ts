import type { ThemeConfig } from 'antd';

// A sober, dense look close to the office tools the users know; the system UI font (Segoe UI on
// Windows) renders Vietnamese well.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5aa6',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px' },
    Table: { headerBg: '#f3f6fa', cellPaddingBlockSM: 6 },
  },
};
