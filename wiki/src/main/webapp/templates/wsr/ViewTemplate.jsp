<%--
  Template "wsr": JSPWiki's default page layout; the template manager finds this template's own
  files (commonheader.jsp) first and every other file in templates/default.
--%>
<%@ include file="../default/ViewTemplate.jsp" %>
