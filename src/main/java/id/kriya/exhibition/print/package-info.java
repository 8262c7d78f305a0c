/** The exhibition's printable catalog, written as a PDF with OpenPDF's built-in fonts. */
package id.kriya.exhibition.print;
