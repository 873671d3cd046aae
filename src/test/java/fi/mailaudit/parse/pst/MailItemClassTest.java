package fi.mailaudit.parse.pst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailItemClassTest {
  @ParameterizedTest
  @CsvSource({
    "IPM.Note, true",
    "ipm.note, true",
    "IPM.Note.SMIME.MultipartSigned, true",
    "IPM.Note.Rules.OofTemplate.Microsoft, true",
    "IPM.Schedule.Meeting.Request, true",
    "IPM.Schedule.Meeting.Resp.Pos, true",
    "REPORT.IPM.Note.NDR, true",
    "REPORT.IPM.Note.IPNRN, true",
    "'', true",
    "IPM.Notebook, false",
    "IPM.Contact, false",
    "IPM.DistList, false",
    "IPM.Appointment, false",
    "IPM.Task, false",
    "IPM.StickyNote, false",
    "IPM.Activity, false",
    "IPM.Post, false",
    "IPM.Microsoft.ScheduleData.FreeBusy, false",
    "IPM.Schedule, false",
    "REPORTS, false",
  })
  void decidesMailByMessageClass(String messageClass, boolean mail) {
    assertEquals(mail, MailItemClass.isMail(messageClass), messageClass);
  }
}
