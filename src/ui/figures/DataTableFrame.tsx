import type { ReactNode, RefObject } from 'react';
import { useT } from '../shell/i18nContext';

export type HeaderColumn = { key: string; name: ReactNode; className?: string; title?: string };
/** A year, scenario or compared chart: a heading over its own columns. */
export type HeaderGroup = { key: string; name: ReactNode; columns: HeaderColumn[] };

type Props = { groups: HeaderGroup[]; tableRef: RefObject<HTMLTableElement | null>; children: ReactNode };

/**
 * A data table's frame: the steps down the side, a group of columns per year or scenario with the
 * group's heading above its columns' headings; the rows (and a footer) come as children.
 */
export function DataTableFrame({ groups, tableRef, children }: Props) {
  const t = useT();
  return (
    <div className="data-table-scroll">
      <table className="data-table" ref={tableRef}>
        <colgroup />
        {groups.map((group) => (
          <colgroup key={group.key} span={group.columns.length} className="series-group" />
        ))}
        <thead>
          <tr>
            <th rowSpan={2} scope="col">
              {t('dataTable.step')}
            </th>
            {groups.map((group) => (
              <th key={group.key} colSpan={group.columns.length} scope="colgroup" className="series-head">
                {group.name}
              </th>
            ))}
          </tr>
          <tr>
            {groups.flatMap((group) =>
              group.columns.map((column) => (
                <th key={`${group.key}:${column.key}`} scope="col" className={column.className} title={column.title}>
                  {column.name}
                </th>
              )),
            )}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
