import { Descriptions, type DescriptionsProps } from 'antd';

/** The bordered two-column field list of every detail page; labels never wrap mid-word. */
export function DetailDescriptions(props: DescriptionsProps) {
  return (
    <Descriptions
      bordered
      size="middle"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      styles={{ label: { whiteSpace: 'nowrap', width: 150 } }}
      {...props}
    />
  );
}
