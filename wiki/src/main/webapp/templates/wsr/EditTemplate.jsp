<%--
  Template "wsr": JSPWiki's default editing page (Edit.jsp) layout; lang.jspf makes its <html lang> a BCP 47 tag.
--%><%@ include file="lang.jspf" %><%@ include file="../default/EditTemplate.jsp" %>
