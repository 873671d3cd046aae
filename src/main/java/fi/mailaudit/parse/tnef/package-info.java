/** TNEF ({@code winmail.dat}) reading with POI HMEF, through the shared Outlook assembler. */
package fi.mailaudit.parse.tnef;
