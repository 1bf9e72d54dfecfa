<%--
  Template "wsr": JSPWiki's default page layout; the template manager finds this template's own
  files (commonheader.jsp) first and every other file in templates/default; lang.jspf makes its
  <html lang> a BCP 47 tag.
--%><%@ include file="lang.jspf" %><%@ include file="../default/ViewTemplate.jsp" %>
