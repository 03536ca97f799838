import { useLocation, useParams } from 'react-router-dom';
import { CitizenDetail } from '../modules/citizens/components/citizen-detail';

export function CitizenPage() {
  const { id = '' } = useParams();
  // Straight after registering, the purpose of opening the citizen is the registration itself.
  const state = useLocation().state as { purpose?: string } | null;
  return <CitizenDetail key={id} id={id} initialPurpose={state?.purpose} />;
}
