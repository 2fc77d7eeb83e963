import type { SuspicionSettlement } from '@yibao/shared';
import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const DAY = 24 * 3600 * 1000;
const ms = (date: string) => dayjs(date).valueOf();

/**
 * The stays on one date axis, a bar each from admission to discharge (a readmission shows its gap, overlapping stays
 * their overlap). Plain CSS: the axis runs from the first admission to the last discharge, a bar's left edge and
 * width are its share of that span; a day's stay is one day wide. Stays without both dates are left out (outpatient).
 */
export function StayTimeline({ settlements }: { settlements: SuspicionSettlement[] }) {
  const { t } = useTranslation();
  const stays = settlements.filter((s) => s.admittedOn && s.dischargedOn);
  if (stays.length < 1) return null;
  const start = Math.min(...stays.map((s) => ms(s.admittedOn!)));
  const end = Math.max(...stays.map((s) => ms(s.dischargedOn!))) + DAY;
  const span = Math.max(end - start, DAY);
  const pct = (v: number) => `${((v / span) * 100).toFixed(2)}%`;
  return (
    <div data-testid="suspicion-timeline" role="img" aria-label={t('fraud-suspicions.timeline.label', { count: stays.length })}>
      <div style={{ display: 'flex', justifyContent: 'space-between' }} className="yb-muted">
        <span>{dayjs(start).format('YYYY-MM-DD')}</span>
        <span>{dayjs(end - DAY).format('YYYY-MM-DD')}</span>
      </div>
      {stays.map((s) => {
        const from = ms(s.admittedOn!) - start;
        const width = ms(s.dischargedOn!) + DAY - ms(s.admittedOn!);
        const days = Math.round(width / DAY);
        return (
          <div key={s.id} style={{ position: 'relative', height: 28, margin: '6px 0', background: 'rgba(0,0,0,0.04)', borderRadius: 4 }}>
            <Tooltip
              title={t('fraud-suspicions.timeline.stay', {
                from: s.admittedOn,
                to: s.dischargedOn,
                days,
                diagnosis: s.diagnosisCode ?? '—',
                institution: s.institutionName,
              })}
            >
              <div
                data-testid="suspicion-stay-bar"
                style={{
                  position: 'absolute',
                  left: pct(from),
                  width: pct(width),
                  minWidth: 4,
                  top: 2,
                  bottom: 2,
                  background: '#1558b0',
                  color: '#fff',
                  borderRadius: 4,
                  fontSize: 12,
                  lineHeight: '24px',
                  paddingInline: 6,
                  overflow: 'hidden',
                  whiteSpace: 'nowrap',
                }}
              >
                {`#${s.id} ${s.diagnosisCode ?? ''} · ${t('fraud-suspicions.timeline.days', { count: days })}`}
              </div>
            </Tooltip>
          </div>
        );
      })}
    </div>
  );
}
