// How the settings will print: header block, "Kính gửi", and the Nơi nhận / signature table
// (Nghị định 30/2020/NĐ-CP), in Times New Roman like the generated report.
import type { DocumentSettings } from '../../../../shared/domain/types';

function withEnding(lines: readonly string[], last: string): string[] {
  return lines.map((l, i) => {
    const bare = l.replace(/[.;,]+$/, '');
    return `- ${bare}${i === lines.length - 1 ? last : ';'}`;
  });
}

export function DocumentPreview({ s }: { s: DocumentSettings }) {
  const archive = s.archiveLine.replace(/[.;]+$/, '');
  const recipients = withEnding(
    [...s.recipients, archive].filter((l) => l !== ''),
    '.',
  );
  const addressees = s.addressees.length <= 1 ? null : withEnding(s.addressees, '.');
  return (
    <section className="doc-preview" aria-label="Xem trước văn bản">
      <div className="doc-header">
        <div className="doc-left">
          <div>{s.parentAgency.toUpperCase()}</div>
          <div className="doc-bold">{s.agency.toUpperCase()}</div>
          <div className="doc-rule short" />
          <div>Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-{s.abbreviation}</div>
        </div>
        <div className="doc-right">
          <div className="doc-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="doc-bold">Độc lập - Tự do - Hạnh phúc</div>
          <div className="doc-rule" />
          <div className="doc-italic">
            {s.place}, ngày&nbsp;&nbsp;&nbsp;&nbsp;tháng&nbsp;&nbsp;&nbsp;&nbsp;năm 20…
          </div>
        </div>
      </div>
      <div className="doc-title">BÁO CÁO</div>
      <div className="doc-center">Kết quả thực hiện …</div>
      <div className="doc-addressee">
        {addressees ? (
          <>
            <div>Kính gửi:</div>
            {addressees.map((a, i) => (
              <div key={i} className="doc-addressee-line">
                {a}
              </div>
            ))}
          </>
        ) : (
          <div>Kính gửi: {(s.addressees[0] ?? '').replace(/\.$/, '')}.</div>
        )}
      </div>
      <div className="doc-body">…</div>
      <div className="doc-footer">
        <div className="doc-recipients">
          <div className="doc-bold doc-italic">Nơi nhận:</div>
          {recipients.map((r, i) => (
            <div key={i}>{r}</div>
          ))}
        </div>
        <div className="doc-signer">
          <div className="doc-bold">{s.signerAuthority.toUpperCase()}</div>
          {s.signerTitle ? <div className="doc-bold">{s.signerTitle.toUpperCase()}</div> : null}
          <div className="doc-sign-space" />
          {s.signerName ? (
            <div className="doc-bold">{s.signerName}</div>
          ) : (
            <div className="doc-missing">(chưa nhập họ tên người ký)</div>
          )}
        </div>
      </div>
    </section>
  );
}
