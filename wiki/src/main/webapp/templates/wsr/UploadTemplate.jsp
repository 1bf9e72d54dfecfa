<%--
  Template "wsr": JSPWiki's default attachment upload page (Upload.jsp) layout; lang.jspf makes its <html lang> a BCP 47 tag.
--%><%@ include file="lang.jspf" %><%@ include file="../default/UploadTemplate.jsp" %>
