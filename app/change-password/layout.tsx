import { StaffDocument, staffMetadata, staffViewport } from '@/components/staff-document';

export const metadata = staffMetadata;
export const viewport = staffViewport;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <StaffDocument>{children}</StaffDocument>;
}
